// Calls a running GeoTimeline through the client generated from openapi/openapi.yaml.
// GEOTIMELINE_URL names the service (default http://localhost:8080); the demo data must be loaded.
import {
  Configuration,
  type Event,
  ProblemFromJSON,
  ResponseError,
  TimelinesApi,
} from "../generated";

const basePath = process.env.GEOTIMELINE_URL ?? "http://localhost:8080";
const timelines = new TimelinesApi(new Configuration({ basePath }));

type Check = { name: string; run: () => Promise<void> };

function expect(condition: boolean, message: string): void {
  if (!condition) {
    throw new Error(message);
  }
}

const checks: Check[] = [
  {
    name: "actor timeline by alias",
    run: async () => {
      // "al-jolani" is an alias of Ahmad al-Sharaa.
      const page = await timelines.getActorTimeline({ actor: "al-jolani", order: "asc", limit: 50 });
      const events: Event[] = page.items ?? [];
      expect(events.length > 0, "the demo data has events of al-Sharaa");
      for (const event of events) {
        const slugs = (event.actors ?? []).map((a) => a.slug);
        expect(slugs.includes("ahmad-al-sharaa"), `event ${event.id} does not involve al-Sharaa: ${slugs}`);
      }
      const days = events.map((e) => e.date?.earliest?.toString() ?? "");
      expect(days.join() === [...days].sort().join(), "events are in date order");
    },
  },
  {
    name: "pagination with the cursor",
    run: async () => {
      const all = await timelines.getTimeline({ limit: 200 });
      const expected = (all.items ?? []).map((e) => e.id);
      expect(expected.length > 3, "the demo data has more than three events");
      const seen: Array<number | undefined> = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await timelines.getTimeline({ limit: 3, cursor });
        seen.push(...(page.items ?? []).map((e) => e.id));
        cursor = page.next ?? undefined;
        pages++;
        expect(pages <= expected.length, "the cursor ends");
      } while (cursor !== undefined);
      expect(seen.join() === expected.join(), `pages of 3 give the same events: ${seen} vs ${expected}`);
      expect(pages === Math.ceil(expected.length / 3), `${pages} pages for ${expected.length} events`);
    },
  },
  {
    name: "a 400 problem",
    run: async () => {
      try {
        await timelines.getTimeline({ from: "2025-02-30" });
      } catch (e) {
        expect(e instanceof ResponseError, `a ResponseError, not ${e}`);
        const response = (e as ResponseError).response;
        expect(response.status === 400, `status ${response.status}`);
        expect(
          (response.headers.get("content-type") ?? "").startsWith("application/problem+json"),
          "problem+json",
        );
        const problem = ProblemFromJSON(await response.json());
        expect(problem.status === 400, `problem status ${problem.status}`);
        const fields = (problem.errors ?? []).map((error) => error.field);
        expect(fields.includes("from"), `the problem names the parameter: ${JSON.stringify(problem)}`);
        return;
      }
      throw new Error("an impossible date was accepted");
    },
  },
];

async function main(): Promise<void> {
  let passed = 0;
  let failed = 0;
  for (const check of checks) {
    try {
      await check.run();
      passed++;
      console.log(`ok   ${check.name}`);
    } catch (e) {
      failed++;
      console.log(`FAIL ${check.name}: ${e instanceof Error ? e.message : e}`);
    }
  }
  console.log(`generated client against ${basePath}:`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}

void main();
