import { Worker } from 'node:worker_threads';
import type { Logger } from '../../../logging/logger.ts';
import { formatIssues } from '../../../bank/format-issues.ts';
import { generatedArticleSchema, type GeneratedArticle, type GenerationJob } from './article-generation.ts';
import type { ArticleGenerator } from './article-generator.ts';
import type { WorkerRequest, WorkerResponse } from './generation-worker.ts';

/** Generation gave up on an article: it took too long, or the worker failed. */
export class ArticleGenerationError extends Error {
  constructor(
    readonly reason: 'timeout' | 'failed' | 'closed',
    message: string,
  ) {
    super(message);
    this.name = 'ArticleGenerationError';
  }
}

export interface WorkerGeneratorOptions {
  logger: Logger;
  /** A job still running after this long is abandoned and its worker replaced. Default 120 s. */
  jobTimeoutMs?: number;
}

interface Pending {
  jobId: number;
  job: GenerationJob;
  resolve: (result: GeneratedArticle) => void;
  reject: (error: Error) => void;
}

const WORKER_URL = new URL('./generation-worker.ts', import.meta.url);
const DEFAULT_JOB_TIMEOUT_MS = 120_000;

/**
 * The sources are TypeScript run through tsx: the worker registers the same loader before importing its
 * entry, wherever the parent was started from (the CLI, the test runner).
 */
function workerSource(): string {
  const tsx = import.meta.resolve('tsx/esm/api');
  return `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL.href)}); });`;
}

/**
 * Generates articles in one long-lived worker thread, one job at a time in arrival order, so that a big
 * upload (seconds of CPU) never stalls the bot's event loop. The worker starts on the first job (loading
 * the NLP model takes a moment), does not keep the process alive when idle, and is replaced after a crash
 * or a job that overruns its time limit.
 */
export class WorkerArticleGenerator implements ArticleGenerator {
  readonly #logger: Logger;
  readonly #timeoutMs: number;
  readonly #queue: Pending[] = [];
  #worker: Worker | undefined;
  #running: Pending | undefined;
  #timer: NodeJS.Timeout | undefined;
  #nextJobId = 1;
  #closed = false;

  constructor(options: WorkerGeneratorOptions) {
    this.#logger = options.logger;
    this.#timeoutMs = options.jobTimeoutMs ?? DEFAULT_JOB_TIMEOUT_MS;
  }

  generate(job: GenerationJob): Promise<GeneratedArticle> {
    if (this.#closed) return Promise.reject(new ArticleGenerationError('closed', 'the article generator is closed'));
    return new Promise((resolve, reject) => {
      this.#queue.push({ jobId: this.#nextJobId++, job, resolve, reject });
      this.#next();
    });
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    const closed = new ArticleGenerationError('closed', 'the article generator was closed');
    for (const pending of this.#queue.splice(0)) pending.reject(closed);
    this.#finish((pending) => pending.reject(closed));
    await this.#stopWorker();
  }

  #next(): void {
    if (this.#running || this.#closed) return;
    const pending = this.#queue.shift();
    if (!pending) {
      this.#worker?.unref();
      return;
    }
    this.#running = pending;
    const worker = this.#ensureWorker();
    worker.ref();
    this.#timer = setTimeout(() => this.#abandon(pending), this.#timeoutMs);
    worker.postMessage({ jobId: pending.jobId, job: pending.job } satisfies WorkerRequest);
  }

  #ensureWorker(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(workerSource(), { eval: true, name: 'article-generation' });
    worker.on('message', (response: WorkerResponse) => this.#onMessage(response));
    worker.on('error', (error) => this.#onWorkerGone(worker, error));
    worker.on('exit', (code) => this.#onWorkerGone(worker, new Error(`the generation worker exited with code ${code}`)));
    this.#worker = worker;
    return worker;
  }

  #onMessage(response: WorkerResponse): void {
    const pending = this.#running;
    if (!pending || pending.jobId !== response.jobId) return;
    this.#finish(() => {
      if (!response.ok) {
        this.#logger.error({ articleId: pending.job.articleId, error: response.error }, 'article generation failed');
        pending.reject(new ArticleGenerationError('failed', 'the generator failed on this article'));
        return;
      }
      // The worker is ours, but its answer still crosses a boundary: check it like any other input.
      const parsed = generatedArticleSchema.safeParse(response.result);
      if (parsed.success) pending.resolve(parsed.data);
      else {
        this.#logger.error({ articleId: pending.job.articleId, problems: formatIssues(parsed.error).slice(0, 5) }, 'the generation worker sent a malformed result');
        pending.reject(new ArticleGenerationError('failed', 'the generator returned a malformed result'));
      }
    });
  }

  #onWorkerGone(worker: Worker, error: Error): void {
    if (this.#worker !== worker) return;
    this.#worker = undefined;
    if (this.#closed) return;
    this.#logger.error({ err: error }, 'the article generation worker stopped');
    this.#finish((pending) => pending.reject(new ArticleGenerationError('failed', 'the generator stopped while working on this article')));
  }

  #abandon(pending: Pending): void {
    if (this.#running !== pending) return;
    this.#logger.warn({ articleId: pending.job.articleId, timeoutMs: this.#timeoutMs }, 'article generation overran its time limit; restarting the worker');
    this.#finish(() => pending.reject(new ArticleGenerationError('timeout', `generation took longer than ${Math.round(this.#timeoutMs / 1000)} s`)));
    void this.#stopWorker();
  }

  /** Settles the running job (if any) and moves on to the next. */
  #finish(settle: (pending: Pending) => void): void {
    const pending = this.#running;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#running = undefined;
    if (pending) settle(pending);
    queueMicrotask(() => this.#next());
  }

  async #stopWorker(): Promise<void> {
    const worker = this.#worker;
    this.#worker = undefined;
    if (worker) await worker.terminate();
  }
}
