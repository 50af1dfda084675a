//! The JSON writer: two-space indentation, keys in document order, numbers as spelled.

use crate::document::{document, Node};
use iac2cfn_ir::Template;

/// Writes a template as JSON, ending with a newline.
pub fn to_json(template: &Template) -> String {
    let mut out = String::new();
    write_node(&mut out, &document(template), 0);
    out.push('\n');
    out
}

fn write_string(out: &mut String, value: &str) {
    // serde_json's escaping is the reference: it cannot fail for a str.
    out.push_str(&serde_json::to_string(value).unwrap_or_else(|_| String::from("\"\"")));
}

fn newline(out: &mut String, indent: usize) {
    out.push('\n');
    out.extend(std::iter::repeat_n(' ', indent));
}

fn write_map<'a>(out: &mut String, entries: impl ExactSizeIterator<Item = (&'a str, &'a Node)>, indent: usize) {
    if entries.len() == 0 {
        out.push_str("{}");
        return;
    }
    out.push('{');
    for (index, (key, value)) in entries.enumerate() {
        if index > 0 {
            out.push(',');
        }
        newline(out, indent + 2);
        write_string(out, key);
        out.push_str(": ");
        write_node(out, value, indent + 2);
    }
    newline(out, indent);
    out.push('}');
}

fn write_node(out: &mut String, node: &Node, indent: usize) {
    match node {
        Node::Null => out.push_str("null"),
        Node::Bool(value) => out.push_str(if *value { "true" } else { "false" }),
        Node::Number(number) => out.push_str(number),
        Node::String(value) => write_string(out, value),
        Node::Seq(items) => {
            if items.is_empty() {
                out.push_str("[]");
                return;
            }
            out.push('[');
            for (index, item) in items.iter().enumerate() {
                if index > 0 {
                    out.push(',');
                }
                newline(out, indent + 2);
                write_node(out, item, indent + 2);
            }
            newline(out, indent);
            out.push(']');
        }
        Node::Map(entries) => write_map(out, entries.iter().map(|(k, v)| (k.as_str(), v)), indent),
        Node::Function { name, argument } => write_map(out, std::iter::once((*name, argument.as_ref())), indent),
        Node::GetAtt { resource, attribute } => {
            let argument = Node::Seq(vec![Node::String(resource.clone()), Node::String(attribute.clone())]);
            write_map(out, std::iter::once(("Fn::GetAtt", &argument)), indent);
        }
    }
}
