import { describe, expect, it } from "vitest";
import { drawQuestions, scoreByDomain, scoreByTopic, type QuestionSummary } from "@/lib/quiz";

const bank: QuestionSummary[] = Array.from({ length: 40 }, (_, i) => ({
  id: `q-${i}`,
  topics: [i % 2 === 0 ? "identities" : "passrole", ...(i % 5 === 0 ? ["federation"] : [])],
  domains: [i % 3 === 0 ? "SCS-C02 4.2" : "SAA-C03 1.1"],
}));

describe("drawQuestions", () => {
  it("is deterministic per seed", () => {
    expect(drawQuestions(bank, { count: 10, seed: 4 })).toEqual(drawQuestions(bank, { count: 10, seed: 4 }));
  });

  it("differs between seeds", () => {
    expect(drawQuestions(bank, { count: 10, seed: 4 })).not.toEqual(drawQuestions(bank, { count: 10, seed: 5 }));
  });

  it("does not depend on the order of the bank", () => {
    expect(drawQuestions([...bank].reverse(), { count: 10, seed: 4 })).toEqual(drawQuestions(bank, { count: 10, seed: 4 }));
  });

  it("returns distinct ids, at most count", () => {
    const ids = drawQuestions(bank, { count: 15, seed: 1 });
    expect(ids).toHaveLength(15);
    expect(new Set(ids).size).toBe(15);
  });

  it("returns the whole bank when count is larger", () => {
    expect(drawQuestions(bank, { count: 100, seed: 1 })).toHaveLength(40);
  });

  it("draws unseen questions before seen ones", () => {
    const seenIds = bank.slice(0, 35).map((q) => q.id);
    const ids = drawQuestions(bank, { count: 8, seed: 2, seenIds });
    expect(ids.slice(0, 5).sort()).toEqual(["q-35", "q-36", "q-37", "q-38", "q-39"]);
    expect(ids.slice(5).every((id) => seenIds.includes(id))).toBe(true);
  });

  it("never draws a topic with weight 0 or unlisted", () => {
    const ids = drawQuestions(bank, { count: 40, seed: 3, topicWeights: { passrole: 1 } });
    expect(ids).toHaveLength(20);
    expect(ids.every((id) => Number(id.slice(2)) % 2 === 1)).toBe(true);
  });

  it("combines topic and domain weights", () => {
    const ids = drawQuestions(bank, { count: 40, seed: 3, topicWeights: { identities: 1 }, domainWeights: { "SCS-C02 4.2": 1 } });
    expect(ids.map((id) => Number(id.slice(2))).sort((a, b) => a - b)).toEqual([0, 6, 12, 18, 24, 30, 36]);
  });

  it("favours heavier topics", () => {
    let heavy = 0;
    for (let seed = 0; seed < 200; seed++) {
      const [first] = drawQuestions(bank, { count: 1, seed, topicWeights: { identities: 9, passrole: 1 } });
      if (Number(first?.slice(2)) % 2 === 0) heavy++;
    }
    expect(heavy).toBeGreaterThan(150);
  });

  it("ignores duplicate ids in the bank", () => {
    expect(drawQuestions([...bank, ...bank], { count: 100, seed: 1 })).toHaveLength(40);
  });
});

describe("scoreByTopic / scoreByDomain", () => {
  const results = [
    { topics: ["identities", "federation"], domains: ["SAA-C03 1.1"], score: 1, correct: true },
    { topics: ["identities"], domains: ["SAA-C03 1.1"], score: 0.5, correct: false },
    { topics: ["passrole"], domains: ["SCS-C02 4.2"], score: 0, correct: false },
  ];

  it("aggregates by topic, counting every topic of a question, sorted by id", () => {
    expect(scoreByTopic(results)).toEqual([
      { key: "federation", answered: 1, correct: 1, points: 1, ratio: 1 },
      { key: "identities", answered: 2, correct: 1, points: 1.5, ratio: 0.75 },
      { key: "passrole", answered: 1, correct: 0, points: 0, ratio: 0 },
    ]);
  });

  it("aggregates by domain", () => {
    expect(scoreByDomain(results)).toEqual([
      { key: "SAA-C03 1.1", answered: 2, correct: 1, points: 1.5, ratio: 0.75 },
      { key: "SCS-C02 4.2", answered: 1, correct: 0, points: 0, ratio: 0 },
    ]);
  });

  it("returns nothing for no results", () => {
    expect(scoreByTopic([])).toEqual([]);
  });
});
