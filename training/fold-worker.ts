// A worker thread that fits cross-validation folds (see parallel.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { runFold, type Labels, type TrainSettings } from './heads';
import type { Vector } from '../analyzers/model/features';

interface Job {
  labels: Labels[];
  vectors: Vector[];
  settings: TrainSettings;
  foldOf: number[];
  folds: number[];
}

const job = workerData as Job;
for (const fold of job.folds) {
  const { at, scored } = runFold(job.labels, job.vectors, job.settings, job.foldOf, fold);
  parentPort!.postMessage({ fold, at, scored });
}
