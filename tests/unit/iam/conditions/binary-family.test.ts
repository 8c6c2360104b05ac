import { describe, expect, it } from "vitest";
import { cond } from "./helpers";

// BinaryEquals compares base-64 encoded values. Source:
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_BinaryEquals
describe("BinaryEquals", () => {
  it("matches equal base-64 values", () => {
    expect(cond("BinaryEquals", "key", "QmluYXJ5VmFsdWVJbkJhc2U2NA==", { key: "QmluYXJ5VmFsdWVJbkJhc2U2NA==" }).ok).toBe(true);
  });
  it("does not match different values", () => {
    expect(cond("BinaryEquals", "key", "QmluYXJ5VmFsdWVJbkJhc2U2NA==", { key: "QUJD" }).ok).toBe(false);
  });
  it("makes a value that is not base-64 a type mismatch", () => {
    expect(cond("BinaryEquals", "key", "not base64!", { key: "QUJD" }).reason).toBe("TYPE_MISMATCH");
  });
});
