//! Whitespace handling of templates exactly as HCL does it, before evaluation: `~` strip markers, and
//! the indentation removal of `<<-` heredocs.
//!
//! HCL works on literal tokens that end after each newline. A strip marker trims the whitespace of the
//! one token next to it; a `<<-` heredoc then removes the smallest indentation of the tokens that
//! start a line (a line that starts with an interpolation or directive has none) from each of them.
//! Directives' bodies take part in both, since HCL sees one flat token stream.

use hcl_edit::template::{Directive, Element, Strip, Template};

enum Token {
    /// A line of literal text: (literal index, line index).
    Line(usize, usize),
    /// An interpolation or directive marker, with its strip flags.
    Mark(Strip),
}

/// A copy of `template` with strip markers applied and, for `<<-` heredocs (`flush`), the common
/// indentation removed. The `template` must not have been dedented already.
pub(crate) fn prepare(template: &Template, flush: bool) -> Template {
    let mut template = template.clone();
    let mut literals: Vec<&mut String> = Vec::new();
    let mut tokens: Vec<Token> = Vec::new();
    collect(&mut template, &mut literals, &mut tokens);
    // Split each literal into its line tokens.
    let mut lines: Vec<Vec<String>> =
        literals.iter().map(|literal| literal.split_inclusive('\n').map(str::to_string).collect()).collect();
    let tokens: Vec<Token> = tokens
        .into_iter()
        .flat_map(|token| match token {
            Token::Line(literal, _) => {
                let count = lines.get(literal).map_or(0, Vec::len);
                (0..count).map(|line| Token::Line(literal, line)).collect::<Vec<_>>()
            }
            mark => vec![mark],
        })
        .collect();
    for (index, token) in tokens.iter().enumerate() {
        let Token::Mark(strip) = token else { continue };
        if strip.strip_start() && index > 0 {
            if let Some(Token::Line(literal, line)) = tokens.get(index - 1) {
                if let Some(text) = lines.get_mut(*literal).and_then(|l| l.get_mut(*line)) {
                    *text = text.trim_end().to_string();
                }
            }
        }
        if strip.strip_end() {
            if let Some(Token::Line(literal, line)) = tokens.get(index + 1) {
                if let Some(text) = lines.get_mut(*literal).and_then(|l| l.get_mut(*line)) {
                    *text = text.trim_start().to_string();
                }
            }
        }
    }
    if flush {
        dedent(&tokens, &mut lines);
    }
    for (literal, lines) in literals.iter_mut().zip(lines) {
        **literal = lines.concat();
    }
    template
}

/// Collects the literal texts and markers of a template in source order.
fn collect<'t>(template: &'t mut Template, literals: &mut Vec<&'t mut String>, tokens: &mut Vec<Token>) {
    for element in template.iter_mut() {
        match element {
            Element::Literal(literal) => {
                tokens.push(Token::Line(literals.len(), 0));
                literals.push(literal.as_mut());
            }
            Element::Interpolation(interpolation) => tokens.push(Token::Mark(interpolation.strip)),
            Element::Directive(directive) => match directive.as_mut() {
                Directive::If(directive) => {
                    tokens.push(Token::Mark(directive.if_expr.strip));
                    collect(&mut directive.if_expr.template, literals, tokens);
                    if let Some(otherwise) = &mut directive.else_expr {
                        tokens.push(Token::Mark(otherwise.strip));
                        collect(&mut otherwise.template, literals, tokens);
                    }
                    tokens.push(Token::Mark(directive.endif_expr.strip));
                }
                Directive::For(directive) => {
                    tokens.push(Token::Mark(directive.for_expr.strip));
                    collect(&mut directive.for_expr.template, literals, tokens);
                    tokens.push(Token::Mark(directive.endfor_expr.strip));
                }
            },
        }
    }
}

/// HCL's `flushHeredocTemplateParts`.
fn dedent(tokens: &[Token], lines: &mut [Vec<String>]) {
    let mut minimum = usize::MAX;
    let mut newline = true;
    let mut adjust: Vec<(usize, usize)> = Vec::new();
    for token in tokens {
        let text = match token {
            Token::Line(literal, line) => lines.get(*literal).and_then(|l| l.get(*line)).map(String::as_str),
            Token::Mark(_) => None,
        };
        if newline {
            newline = false;
            match (token, text) {
                (Token::Line(literal, line), Some(text)) => {
                    let trimmed = text.trim_start();
                    if !(trimmed.is_empty() && text.ends_with('\n')) {
                        minimum = minimum.min(text.chars().count() - trimmed.chars().count());
                        adjust.push((*literal, *line));
                    }
                }
                // A line that starts with an interpolation or directive has no indentation.
                _ => minimum = 0,
            }
        }
        if text.is_some_and(|text| text.ends_with('\n')) {
            newline = true;
        }
    }
    if minimum == usize::MAX || minimum == 0 {
        return;
    }
    for (literal, line) in adjust {
        if let Some(text) = lines.get_mut(literal).and_then(|l| l.get_mut(line)) {
            let cut: usize = text.chars().take(minimum).map(char::len_utf8).sum();
            *text = text[cut..].to_string();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn heredoc(body: &str) -> String {
        let template = hcl_edit::parser::parse_template(body).expect("parses");
        prepare(&template, true).to_string()
    }

    #[test]
    fn flush_heredocs_follow_hcl() {
        // Terraform's results for these bodies (checked with terraform plan).
        assert_eq!(heredoc("    a\n    %{ if true }b%{ endif }\n"), "a\n%{ if true }b%{ endif }\n");
        assert_eq!(
            heredoc("    %{ for u in x ~}\n    u=${u}\n    %{ endfor }\n"),
            "%{ for u in x ~}    u=${u}\n%{ endfor }\n"
        );
        assert_eq!(
            heredoc("    %{ for u in x }\n    u=${u}\n    %{ endfor ~}\n    z\n"),
            "%{ for u in x }\nu=${u}\n%{ endfor ~}    z\n"
        );
    }
}
