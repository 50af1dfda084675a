//! Emptiness of values only known at deployment: comparisons of a deploy-time list's length, which
//! CloudFormation can only test for emptiness, and identifiers that are never empty.
//!
//! CloudFormation has no ordering and no arithmetic, and `Fn::Length` counts the elements of a
//! `CommaDelimitedList` parameter left empty as one (an empty string splits into one empty element),
//! where the Terraform list it stands for has none. What a condition can test exactly is whether a
//! list is empty, and that decides every comparison of a length with a number that only tells
//! "none" from "some" (`length(x) > 0`, `length(x) == 0`, `length(x) != 0`, `length(x) >= 1`,
//! `length(x) < 1`, `0 < length(x)`).
//!
//! # The exact equivalence
//!
//! A list variable becomes a `CommaDelimitedList` parameter whose value is the elements joined with
//! commas, and the empty list is the empty string (see `crate::variables`; a list data-source
//! attribute that becomes a parameter is read the same way). So the Terraform list is empty exactly
//! when the parameter's value is the empty string, and that is what
//! `Fn::Equals [Fn::Join [",", Ref P], ""]` tests: joining with the same comma the value was split on
//! gives back the value itself. (Joining with `""` would also call `","` empty, a list of two empty
//! strings.) A list of one empty string (`[""]`, whose Terraform length is 1) has no spelling as such a
//! parameter value: `""` is the empty list.
//!
//! Lists CloudFormation computes are decided without a condition where their length is never zero:
//! `Fn::Split` always yields at least one element (Terraform's `split` too: `split(",", "")` is
//! `[""]`), and `Fn::GetAZs` lists the zones of a region, of which there is always at least one.
//! Other deploy-time lists (a resource's list attribute) cannot be tested in a `Conditions` section,
//! which may not refer to resources.

use crate::diagnostics as diag;
use crate::eval::{Eval, Evaluator};
use crate::value::{Sym, Value};
use hcl_edit::expr::BinaryOperator;
use iac2cfn_diagnostics::Span;
use iac2cfn_ir::Expr;

/// What is known of a deploy-time list's emptiness.
enum Emptiness {
    /// The list always has at least one element.
    NeverEmpty,
    /// The list is empty exactly when this condition (usable in `Conditions`) holds.
    When(Expr),
}

impl Evaluator<'_> {
    /// `length(x) OP n` (or `n OP length(x)`) with `x` a list only known at deployment and `n` a known
    /// number: a condition on the list's emptiness where the comparison depends on nothing else.
    /// `None` when neither operand is such a length, so the caller goes on as for any other operands.
    pub(crate) fn length_comparison(
        &mut self,
        operator: BinaryOperator,
        left: &Value,
        right: &Value,
        span: Span,
    ) -> Option<Eval> {
        use BinaryOperator as Op;
        if !matches!(operator, Op::Eq | Op::NotEq | Op::Less | Op::LessEq | Op::Greater | Op::GreaterEq) {
            return None;
        }
        // The comparison written with the length on the left.
        let (sym, bound, operator) = match (left, right) {
            (Value::Sym(sym), other) if matches!(sym.expr, Expr::Length(_)) => (sym, known_number(other)?, operator),
            (other, Value::Sym(sym)) if matches!(sym.expr, Expr::Length(_)) => {
                let mirrored = match operator {
                    Op::Less => Op::Greater,
                    Op::LessEq => Op::GreaterEq,
                    Op::Greater => Op::Less,
                    Op::GreaterEq => Op::LessEq,
                    same => same,
                };
                (sym, known_number(other)?, mirrored)
            }
            _ => return None,
        };
        let Expr::Length(list) = &sym.expr else { return None };
        let holds = |length: f64| match operator {
            Op::Eq => length == bound,
            Op::NotEq => length != bound,
            Op::Less => length < bound,
            Op::LessEq => length <= bound,
            Op::Greater => length > bound,
            _ => length >= bound,
        };
        // Whether the comparison is the same for every length from 1 up: the bound lies at or below 1,
        // so lengths 1, 2 and those around the bound answer alike.
        let when_empty = holds(0.0);
        let when_not = holds(1.0);
        let probes = [2.0, bound.floor(), bound.ceil(), bound.ceil() + 1.0];
        if probes.iter().any(|&length| length >= 1.0 && holds(length) != when_not) {
            let list_sym = Sym { expr: (**list).clone(), ..sym.clone() };
            return Some(Err(self.symbolic(&list_sym, diag::length_compared(span, &list_sym))));
        }
        if when_empty == when_not {
            return Some(Ok(Value::Bool(when_empty)));
        }
        match emptiness(list, sym) {
            Some(Emptiness::NeverEmpty) => Some(Ok(Value::Bool(when_not))),
            Some(Emptiness::When(empty)) => {
                let condition = if when_empty { empty } else { crate::eval::negate(empty) };
                Some(Ok(self.bool_sym(condition, Vec::new())))
            }
            None => {
                let list_sym = Sym { expr: (**list).clone(), ..sym.clone() };
                Some(Err(self.symbolic(&list_sym, diag::emptiness_not_testable(span, &list_sym))))
            }
        }
    }
}

/// A known number operand (Terraform converts numeric strings).
fn known_number(value: &Value) -> Option<f64> {
    match value {
        Value::Number(number) => Some(*number),
        Value::String(text) => text.trim().parse().ok(),
        _ => None,
    }
}

/// What CloudFormation can tell of the emptiness of the deploy-time list `list` (the operand of the
/// `Fn::Length` in `length`).
fn emptiness(list: &Expr, length: &Sym) -> Option<Emptiness> {
    match list {
        Expr::Split { .. } | Expr::GetAzs(_) => Some(Emptiness::NeverEmpty),
        // A list parameter (not a resource's attribute: conditions cannot refer to resources).
        Expr::Ref(_) if length.resources.is_empty() => {
            let joined = Expr::Join { delimiter: ",".to_string(), values: Box::new(list.clone()) };
            Some(Emptiness::When(crate::eval::is_empty_text(joined)))
        }
        _ => None,
    }
}

/// Whether a deploy-time value is an identifier of a resource the stack creates (its `Ref`, or an
/// `Fn::GetAtt` of an ID or ARN): CloudFormation never returns an empty one, so `x == ""` is false.
pub(crate) fn never_empty_identifier(sym: &Sym) -> bool {
    if sym.resources.is_empty() {
        return false;
    }
    match &sym.expr {
        Expr::Ref(name) => !iac2cfn_ir::pseudo::is_pseudo(name),
        Expr::GetAtt { attribute, .. } => {
            let last = attribute.rsplit('.').next().unwrap_or(attribute);
            ["Id", "Arn", "ARN"].iter().any(|suffix| last.ends_with(suffix))
        }
        _ => false,
    }
}
