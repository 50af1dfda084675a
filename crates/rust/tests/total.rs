//! The backend is total and deterministic: any template (names that are keywords, empty or not
//! ASCII, strings with every escape, references to nothing, cycles) gives code, the same code every
//! time, without panicking.

mod random;

#[test]
fn every_template_gives_the_same_code_every_time() {
    for seed in 0..1500 {
        let template = random::template(seed);
        let first = iac2cfn_rust::to_rust(&template);
        assert_eq!(first, iac2cfn_rust::to_rust(&template), "seed {seed}");
        assert!(first.contains("\npub fn stack() -> Stack {\n"), "seed {seed}:\n{first}");
        assert!(first.ends_with("fn main() {\n    print!(\"{}\", stack().to_json());\n}\n"), "seed {seed}");
        // Nothing that hides in the source or changes direction reaches it.
        assert!(!first.chars().any(|c| c.is_control() && c != '\n'), "seed {seed}:\n{first}");
        assert!(!first.contains('\u{202e}'), "seed {seed}");
    }
}

#[test]
fn an_empty_template_is_just_a_new_stack() {
    let code = iac2cfn_rust::to_rust(&iac2cfn_ir::Template::default());
    assert!(code.contains("pub fn stack() -> Stack {\n    Stack::new()\n}\n"), "{code}");
}
