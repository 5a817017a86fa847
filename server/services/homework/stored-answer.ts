// Answers are stored encrypted and bound to their row; these read and write them.
import { decryptJson, encryptJson } from '@/server/crypto/field-cipher';
import { type TAnswerBody, ZAnswerBody } from './answer-body';

const binding = (practiceId: string, responseId: string) => `responses:${practiceId}:${responseId}`;

export function sealAnswer(practiceId: string, responseId: string, body: TAnswerBody): string {
  return encryptJson(body, binding(practiceId, responseId));
}

export function openAnswer(practiceId: string, responseId: string, ciphertext: string): TAnswerBody {
  return ZAnswerBody.parse(decryptJson(ciphertext, binding(practiceId, responseId)));
}
