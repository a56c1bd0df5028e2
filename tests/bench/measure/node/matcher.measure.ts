/**
 * Row 1: matcher throughput on one core, with 10 and with 10,000 listed profiles. Both lists
 * check the very same visited URLs (the 10 profiles are part of the 10,000, so every URL gets
 * the same verdict from both), and the runs alternate so both see the same machine load.
 */
import { it } from 'vitest';
import { buildMatchIndex, type MatchIndex, matchUrl } from '@/utils/match';
import { makeList, makeVisits, subsetList, TOP_PLATFORMS } from '../../lib/profiles';
import { failedRow, type Row, recordRows, runCount } from '../../lib/record';
import { interleave, ratio, summarize } from '../../lib/stats';

const VISITS = 20_000;
const PASSES = 10; // 200,000 checks per run: long enough to time, short enough to repeat

/** URLs checked per second over PASSES passes; also checks that listed visits do match. */
function checksPerSecond(index: MatchIndex, urls: readonly string[]): number {
  let hits = 0;
  const start = process.hrtime.bigint();
  for (let pass = 0; pass < PASSES; pass++) {
    for (const url of urls) if (matchUrl(url, index) !== null) hits += 1;
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (hits < urls.length * PASSES * 0.2)
    throw new Error(`Only ${hits / PASSES} of ${urls.length} visits matched`);
  return (urls.length * PASSES) / seconds;
}

it('measures matcher throughput', async () => {
  const title = (n: string) => `Matcher: URL checks per second, ${n} listed profiles`;
  try {
    const large = makeList(10_000);
    const small = subsetList(large, TOP_PLATFORMS);
    if (small.people.length !== 10) throw new Error(`The small list has ${small.people.length} profiles`);
    const smallIndex = buildMatchIndex(small);
    const largeIndex = buildMatchIndex(large);
    const urls = makeVisits(small, VISITS);
    // Warm-up: let the JIT settle on both before anything is timed.
    for (let i = 0; i < 3; i++) {
      checksPerSecond(smallIndex, urls);
      checksPerSecond(largeIndex, urls);
    }
    const runs = await interleave(
      runCount(),
      async () => checksPerSecond(smallIndex, urls),
      async () => checksPerSecond(largeIndex, urls),
    );
    // Time per URL at 10,000 ÷ at 10 = throughput at 10 ÷ throughput at 10,000.
    const timeRatio = ratio(runs.a, runs.b);
    const large10k = summarize(runs.b);
    const rows: Row[] = [
      { row: 1, title: title('10'), where: 'node', unit: 'URLs/s', summary: summarize(runs.a), value: null },
      {
        row: 1,
        title: title('10,000'),
        where: 'node',
        unit: 'URLs/s',
        summary: large10k,
        value: null,
        goal: '≥ 500,000 URLs/s',
        met: large10k.median >= 500_000,
        note: `${VISITS} URLs: 40 % unrelated, 30 % unlisted social, 25 % listed, 5 % name searches`,
      },
      {
        row: 1,
        title: 'Matcher: time per URL, 10,000 ÷ 10 profiles',
        where: 'node',
        unit: 'ms',
        summary: null,
        value: null,
        ratio: { ...timeRatio, baseline: '10 profiles' },
        goal: '≤ 1.25',
        met: timeRatio.median <= 1.25,
      },
    ];
    recordRows('1-matcher', rows);
  } catch (error) {
    recordRows('1-matcher', [failedRow(1, title('10 and 10,000'), 'node', error)]);
  }
});
