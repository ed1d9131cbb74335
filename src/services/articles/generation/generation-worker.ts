// Worker thread entry: generates one article per message, in order. Started by WorkerArticleGenerator.
import { parentPort } from 'node:worker_threads';
import { generateArticle } from './article-generation.ts';

export interface WorkerRequest {
  jobId: number;
  job: unknown;
}

export type WorkerResponse = { jobId: number; ok: true; result: unknown } | { jobId: number; ok: false; error: string };

const port = parentPort;
if (!port) throw new Error('generation-worker.ts runs only as a worker thread');

port.on('message', ({ jobId, job }: WorkerRequest) => {
  let response: WorkerResponse;
  try {
    response = { jobId, ok: true, result: generateArticle(job as Parameters<typeof generateArticle>[0]) };
  } catch (error) {
    response = { jobId, ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(response);
});
