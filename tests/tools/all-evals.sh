#!/usr/bin/env bash
# Prints one line per corpus: the development corpus and the three held-out ones.
cd "$(dirname "$0")/../.."
run() { npx tsx tests/tools/eval.ts --profile "$1" --corpus "$2" --json 2>/dev/null | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const r=JSON.parse(s);console.log(process.argv[1].padEnd(10),"P",r.precision.toFixed(3),"R",r.recall.toFixed(3),"F1",r.f1.toFixed(3),"FAR",r.falseAlarmRate.toFixed(3),"p95",r.latencyMs.p95)})' "$3"; }
run ../shared/eval/dev-profile.json ../shared/eval/dev.jsonl dev
for o in harbour northside athens; do run tests/fixtures/heldout/$o-profile.json tests/fixtures/heldout/$o.jsonl $o; done
