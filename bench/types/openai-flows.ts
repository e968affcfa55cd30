/**
 * The same kind of script written against `openai`: the baseline of the `types` figure of
 * `npm run bench`. Compiled, never run. Keep it unchanged so figures stay comparable.
 */
import OpenAI from 'openai';

const client = new OpenAI({ apiKey: 'key' });

export async function mainFlows(secret: string, body: string, headers: Record<string, string>) {
  // List fine-tuning jobs (one page).
  const page = await client.fineTuning.jobs.list({ limit: 100 });
  const firstModel = page.data[0]?.model;
  // Get a batch.
  const batch = await client.batches.retrieve('batch-id');
  // Change a job's status.
  const cancelled = await client.fineTuning.jobs.cancel('job-id');
  // Iterate a list across its pages.
  const names: string[] = [];
  for await (const file of client.files.list({ purpose: 'batch' })) names.push(file.filename);
  // The main call.
  const completion = await client.chat.completions.create({
    model: 'gpt-4o',
    messages: [{ role: 'user', content: 'Hello' }],
  });
  // Verify a webhook delivery.
  const event = await client.webhooks.unwrap(body, headers, secret);
  // A raw call.
  const raw = await client.get<OpenAI.Models.Model>('/models/gpt-4o');
  return [
    firstModel,
    batch.status,
    cancelled.status,
    names,
    completion.choices[0]?.message,
    event.type,
    raw.id,
  ];
}
