import { fieldsFromScenario, runTryIt } from "./try-it-engine";
import { TryItIsland } from "./try-it-island";

interface TryItScenario {
  id?: string;
  request?: Record<string, unknown>;
  policies?: unknown;
  organization?: unknown;
  expected?: string;
  source?: string;
  why?: string;
}

/**
 * ```json tryit: a live example; the first result is computed at build time. The island gets the
 * scenario as data (not as the editor's pretty-printed text) and the first result without its
 * step-by-step explanation, which it works out when the reader opens it: both are sent twice in the
 * page (HTML and the RSC payload), so they are kept small.
 */
export function TryIt({ source, blockId }: { source: string; blockId?: string }) {
  const scenario = JSON.parse(source) as TryItScenario;
  const initial = runTryIt(fieldsFromScenario(scenario), scenario.organization, { explain: false });
  return (
    <TryItIsland
      name={scenario.id ?? blockId ?? "example"}
      scenario={{ request: scenario.request, policies: scenario.policies }}
      initial={initial}
      organization={scenario.organization}
      expected={scenario.expected}
      sourceUrl={scenario.source}
      why={scenario.why}
    />
  );
}
