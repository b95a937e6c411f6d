import { it } from 'vitest';
import { loadFixture } from './load-fixture';
import { readChartDetailed } from '@/entrypoints/ehr.content/reader';
it('scratch', async () => {
  const page = loadFixture(process.env.FX || 'openemr.html');
  const ta = page.docs.get('openemr-encounter.html')?.getElementById('reason') as HTMLTextAreaElement | null;
  if (ta) ta.value = 'Low back pain after lifting boxes at work, 5 days';
  const r = readChartDetailed(page.document);
  console.log(JSON.stringify(r.capture, null, 1), r.ms, r.elements);
  await page.close();
});
