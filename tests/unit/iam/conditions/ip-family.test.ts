import { describe, expect, it } from "vitest";
import { cidrContains, parseCidr } from "@/lib/iam";
import { cond } from "./helpers";

// IP address operators with IPv4 and IPv6 CIDR. Source:
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_IPAddress
describe("IpAddress / NotIpAddress", () => {
  it.each([
    ["IpAddress", "203.0.113.0/24", "203.0.113.5", true],
    ["IpAddress", "203.0.113.0/24", "203.0.114.5", false],
    ["IpAddress", "203.0.113.5", "203.0.113.5", true],
    ["IpAddress", "0.0.0.0/0", "198.51.100.7", true],
    ["NotIpAddress", "203.0.113.0/24", "198.51.100.7", true],
    ["NotIpAddress", "203.0.113.0/24", "203.0.113.9", false],
    ["IpAddress", "2001:DB8:1234:5678::/64", "2001:db8:1234:5678::1", true],
    ["IpAddress", "2001:DB8:1234:5678::/64", "2001:db8:1234:5679::1", false],
    ["IpAddress", "203.0.113.0/24", "2001:db8::1", false],
  ])("%s `%s` with aws:SourceIp `%s` is %s", (op, policy, ip, expected) => {
    expect(cond(op, "aws:SourceIp", policy, { "aws:SourceIp": ip }).ok).toBe(expected);
  });

  it("parses IPv4-mapped IPv6 addresses", () => {
    const a = parseCidr("::ffff:203.0.113.5");
    const r = parseCidr("::ffff:203.0.113.0/120");
    expect(a && r && cidrContains(r, a)).toBe(true);
  });

  it("rejects an invalid CIDR as a type mismatch", () => {
    expect(cond("IpAddress", "aws:SourceIp", "203.0.113.0/33", { "aws:SourceIp": "203.0.113.5" }).reason).toBe("TYPE_MISMATCH");
  });
});
