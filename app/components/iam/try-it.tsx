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

/** ```json tryit: a live example; the first result is computed at build time. */
export function TryIt({ source, blockId }: { source: string; blockId?: string }) {
  const scenario = JSON.parse(source) as TryItScenario;
  const fields = fieldsFromScenario(scenario);
  const initial = runTryIt(fields, scenario.organization);
  return (
    <TryItIsland
      name={scenario.id ?? blockId ?? "example"}
      fields={fields}
      initial={initial}
      organization={scenario.organization === undefined ? undefined : JSON.stringify(scenario.organization)}
      expected={scenario.expected}
      sourceUrl={scenario.source}
      why={scenario.why}
    />
  );
}
