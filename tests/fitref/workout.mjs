#!/usr/bin/env node
// The official Garmin FIT JavaScript SDK's reading of workout files: the oracle for RunnerStrength's
// FIT workout encoder. Usage: node workout.mjs FILE.fit [FILE.fit ...]
// One JSON line per file: integrity, read errors, and the file_id, workout and workout_step messages
// with raw enum numbers and the profile's scale applied (weights in kg, times in s).
import fs from 'node:fs';
import path from 'node:path';
import { Decoder, Stream } from '@garmin/fitsdk';

function plain(v) {
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Date) return v.toISOString().replace(/\.\d{3}Z$/, 'Z');
  if (Array.isArray(v)) return v.map(plain);
  if (v && typeof v === 'object') {
    return Object.fromEntries(Object.keys(v).sort().map((k) => [k, plain(v[k])]));
  }
  return v;
}

for (const file of process.argv.slice(2)) {
  const decoder = new Decoder(Stream.fromBuffer(fs.readFileSync(file)));
  const isFit = decoder.isFIT();
  const integrityOk = isFit && decoder.checkIntegrity();
  const { messages, errors } = decoder.read({ convertTypesToStrings: false, applyScaleAndOffset: true, expandSubFields: true });
  console.log(JSON.stringify(plain({
    file: path.basename(file),
    is_fit: isFit,
    integrity_ok: integrityOk,
    errors: errors.map((e) => String(e && e.message ? e.message : e)),
    file_id: (messages.fileIdMesgs || [])[0] ?? null,
    workout: (messages.workoutMesgs || [])[0] ?? null,
    steps: messages.workoutStepMesgs || [],
  })));
}
