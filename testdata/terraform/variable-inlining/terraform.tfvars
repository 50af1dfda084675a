team  = "Data"
zones = ["a", "b"]
