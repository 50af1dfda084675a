# A stack holds at most 500 resources: 501 topics are one too many, and the error says how to split.

resource "aws_sns_topic" "topics" {
  count = 501
  name  = "topic-${count.index}"
}
