// A partner's item answers are sealed per row, like check-ins: each ciphertext opens only on the
// row it was written for.
import { z } from 'zod';
import { decryptJson, encryptJson } from '@/server/crypto/field-cipher';
import type { MeasureAnswers } from './measure-scoring';

const binding = (practiceId: string, id: string) => `measure_responses:${practiceId}:${id}`;
const ZStoredAnswers = z.record(z.string(), z.number());

export const sealMeasureAnswers = (practiceId: string, id: string, answers: MeasureAnswers) =>
  encryptJson(answers, binding(practiceId, id));

export const openMeasureAnswers = (practiceId: string, id: string, ciphertext: string): MeasureAnswers =>
  ZStoredAnswers.parse(decryptJson(ciphertext, binding(practiceId, id)));
