//! Terraform's IP network functions (`cidrsubnet`, `cidrsubnets`, `cidrhost`, `cidrnetmask`) for IPv4
//! and IPv6 prefixes.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// A parsed prefix: the address as a number, the address width in bits and the prefix length.
struct Prefix {
    address: u128,
    width: u32,
    length: u32,
}

fn parse(prefix: &str) -> Result<Prefix, String> {
    let (address, length) = prefix.split_once('/').ok_or_else(|| format!("`{prefix}` is not a CIDR prefix"))?;
    let address: IpAddr = address.parse().map_err(|_| format!("`{address}` is not an IP address"))?;
    let (address, width) = match address {
        IpAddr::V4(v4) => (u128::from(u32::from(v4)), 32),
        IpAddr::V6(v6) => (u128::from(v6), 128),
    };
    let length: u32 = length.parse().map_err(|_| format!("`{length}` is not a prefix length"))?;
    if length > width {
        return Err(format!("the prefix length {length} is longer than the address"));
    }
    // Terraform, like Go's net.ParseCIDR, masks the host bits away.
    let host_bits = width - length;
    let address = if host_bits >= 128 { 0 } else { address >> host_bits << host_bits };
    Ok(Prefix { address, width, length })
}

fn render(address: u128, width: u32) -> String {
    if width == 32 {
        Ipv4Addr::from(u32::try_from(address).unwrap_or(u32::MAX)).to_string()
    } else {
        Ipv6Addr::from(address).to_string()
    }
}

/// The prefix length and the address width (32 or 128) of a CIDR prefix.
pub(crate) fn length_and_width(prefix: &str) -> Result<(u32, u32), String> {
    parse(prefix).map(|parsed| (parsed.length, parsed.width))
}

/// The prefix length every value matching a CloudFormation `AllowedPattern` has: the pattern must
/// match whole values and end in a literal `/N` (`...\/16$`), with no alternation that could bypass it.
pub(crate) fn pattern_prefix_length(pattern: &str) -> Option<u32> {
    if pattern.contains('|') {
        return None;
    }
    let body = pattern.strip_suffix('$')?;
    let digits_start = body.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let (before, digits) = body.split_at(digits_start);
    if digits.is_empty() || digits.len() > 3 {
        return None;
    }
    // A slash is always literal in a regular expression, and nothing after it can be optional: the
    // pattern only matches values that end in `/N`.
    before.strip_suffix('/')?;
    digits.parse().ok()
}

/// `cidrsubnet(prefix, newbits, netnum)`.
pub(crate) fn subnet(prefix: &str, newbits: i64, netnum: i64) -> Result<String, String> {
    let parsed = parse(prefix)?;
    let newbits = u32::try_from(newbits).map_err(|_| "newbits must not be negative".to_string())?;
    let length = parsed.length + newbits;
    if length > parsed.width {
        return Err(format!("insufficient address space to extend prefix of {} by {newbits}", parsed.length));
    }
    let netnum = u128::try_from(netnum).map_err(|_| "netnum must not be negative".to_string())?;
    if newbits < 128 && netnum >= (1u128 << newbits) {
        return Err(format!("prefix extension of {newbits} does not accommodate a subnet numbered {netnum}"));
    }
    let shift = parsed.width - length;
    let address = parsed.address | if shift >= 128 { 0 } else { netnum << shift };
    Ok(format!("{}/{length}", render(address, parsed.width)))
}

/// `cidrsubnets(prefix, newbits...)`: consecutive subnets of the given sizes.
pub(crate) fn subnets(prefix: &str, newbits: &[i64]) -> Result<Vec<String>, String> {
    let parsed = parse(prefix)?;
    let mut next = parsed.address;
    let mut out = Vec::new();
    let end = parsed.address
        + (if parsed.width - parsed.length >= 128 { u128::MAX } else { 1u128 << (parsed.width - parsed.length) });
    for bits in newbits {
        let bits = u32::try_from(*bits).map_err(|_| "newbits must not be negative".to_string())?;
        let length = parsed.length + bits;
        if length > parsed.width {
            return Err(format!("insufficient address space to extend prefix of {} by {bits}", parsed.length));
        }
        let size = 1u128 << (parsed.width - length).min(127);
        // Align to the subnet size.
        let start = next.div_ceil(size) * size;
        if start + size > end {
            return Err(format!("not enough remaining address space for a subnet with a prefix of {length} bits"));
        }
        out.push(format!("{}/{length}", render(start, parsed.width)));
        next = start + size;
    }
    Ok(out)
}

/// `cidrhost(prefix, hostnum)`; negative numbers count from the end.
pub(crate) fn host(prefix: &str, hostnum: i64) -> Result<String, String> {
    let parsed = parse(prefix)?;
    let host_bits = parsed.width - parsed.length;
    let size: i128 = if host_bits >= 127 { i128::MAX } else { 1i128 << host_bits };
    let number = if hostnum < 0 { size + i128::from(hostnum) } else { i128::from(hostnum) };
    if number < 0 || number >= size {
        return Err(format!("prefix of {} bits does not accommodate a host numbered {hostnum}", parsed.length));
    }
    Ok(render(parsed.address + number as u128, parsed.width))
}

/// `cidrnetmask(prefix)` (IPv4 only, as in Terraform).
pub(crate) fn netmask(prefix: &str) -> Result<String, String> {
    let parsed = parse(prefix)?;
    if parsed.width != 32 {
        return Err("only IPv4 prefixes have a netmask".to_string());
    }
    let mask = if parsed.length == 0 { 0 } else { u32::MAX << (32 - parsed.length) };
    Ok(Ipv4Addr::from(mask).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subnets_hosts_and_masks_match_terraform() {
        assert_eq!(subnet("10.0.0.0/16", 8, 2).as_deref(), Ok("10.0.2.0/24"));
        assert_eq!(subnet("10.0.0.0/16", 4, 15).as_deref(), Ok("10.0.240.0/20"));
        assert!(subnet("10.0.0.0/16", 8, 256).is_err());
        assert_eq!(subnet("fd00:fd12:3456:7890::/56", 16, 162).as_deref(), Ok("fd00:fd12:3456:7800:a200::/72"));
        assert_eq!(
            subnets("10.1.0.0/16", &[4, 4, 8, 4]),
            Ok(vec!["10.1.0.0/20".into(), "10.1.16.0/20".into(), "10.1.32.0/24".into(), "10.1.48.0/20".into()])
        );
        assert_eq!(host("10.12.112.0/20", 16).as_deref(), Ok("10.12.112.16"));
        assert_eq!(host("10.12.112.0/20", -2).as_deref(), Ok("10.12.127.254"));
        assert_eq!(netmask("172.16.0.0/12").as_deref(), Ok("255.240.0.0"));
    }

    #[test]
    fn only_patterns_ending_in_a_literal_prefix_length_fix_it() {
        assert_eq!(pattern_prefix_length(r"^([0-9]{1,3}\.){3}[0-9]{1,3}/16$"), Some(16));
        assert_eq!(pattern_prefix_length(r"^10\.0\.0\.0\/24$"), Some(24));
        assert_eq!(pattern_prefix_length(r"^.*/(16|20)$"), None);
        assert_eq!(pattern_prefix_length(r"^.*/1[0-9]$"), None);
        assert_eq!(pattern_prefix_length(r"^.*/16?$"), None);
        assert_eq!(pattern_prefix_length(r"^a$|^.*/16$"), None);
        assert_eq!(pattern_prefix_length(r"^.*/16.*"), None);
        assert_eq!(pattern_prefix_length(r"^.*\16$"), None);
    }
}
