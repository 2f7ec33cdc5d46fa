#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{a as i,b as m,c as d,d as u,e as f,h as g,m as h}from"./chunks/chunk-K55BNCH3.js";import"./chunks/chunk-IM7GNSPV.js";import{mkdir as y,writeFile as E}from"node:fs/promises";import{dirname as v,resolve as I}from"node:path";import{parseArgs as L}from"node:util";var o={ok:0,rollback:1,badInput:2},b=`model-gate: release gate for machine-learning models

Usage:
  model-gate evaluate (--metrics FILE | --predictions FILE) [options]
  model-gate --help | --version

evaluate: read metrics, check the gates, decide the release and the canary weight.
  --metrics FILE          candidate model's metrics.json (flat or structured form)
                          [required unless --predictions is given]
  --baseline FILE         production (champion) model's metrics.json, for max_drop / max_increase gates
  --predictions FILE      candidate's predictions, CSV or JSON Lines: columns label, prediction,
                          optional score (probability of the positive class), id, weight, features;
                          metrics computed from it win over --metrics
  --baseline-predictions FILE
                          production model's predictions on the same rows (paired by id, else by
                          order): its metrics become the baseline, and McNemar's test compares them
  --sensitive-features LIST
                          comma-separated feature columns of --predictions for fairness metrics
  --intersectional        also evaluate the intersection of the sensitive features
  --positive-label VALUE  the positive class in label and prediction               [default: 1]
  --min-group-size N      fairness gates cannot pass on groups smaller than N      [default: 30]
  --gates FILE|YAML       gates file (YAML or JSON) or inline YAML;
                          default: .github/model-gates.yml when it exists, else the default gates
  --current-weight N      canary's current share of traffic in percent, 0-100           [default: 0]
  --canary-steps LIST     canary weights, e.g. 10,25,50,100 (must end at 100);
                          default: the gates file's canary.steps, else 10,25,50,100
  --fail-on WHEN          rollback (exit 1 on rollback), hold (also on hold), never   [default: rollback]
  --report FILE           also write the JSON report to FILE
  --json                  print the JSON report instead of the readable summary

Decision: a failing blocking gate rolls back (weight 0); a failing warn gate holds the
current weight; otherwise the canary advances one step, and reaching 100 promotes.

Default gates (each only when its metric is present): accuracy >= 0.90 and, with a
baseline, >= baseline - 0.01; latency_p99_ms (or latency_ms) <= 100;
demographic_parity_ratio >= 0.8; samples >= 1000.

Exit codes: 0 the release may go on, 1 rollback (see --fail-on), 2 bad input.
Docs: README.md; schemas: schemas/metrics.schema.json, schemas/gates.schema.json.
`;async function w(t,s,a="0.0.0"){try{let[e,...l]=t;if(e===void 0||e==="--help"||e==="-h"||e==="help")return s.stdout(b),e===void 0?o.badInput:o.ok;if(e==="--version")return s.stdout(`${a}
`),o.ok;if(e!=="evaluate")throw new i({file:"model-gate",message:`unknown command ${JSON.stringify(e)}: expected evaluate (see model-gate --help)`});return await O(l,s)}catch(e){if(e instanceof i)return s.stderr(`model-gate: bad input
${e.message}
`),o.badInput;throw e}}async function O(t,s){let a={json:{type:"boolean"},help:{type:"boolean",short:"h"},report:{type:"string"}};for(let r of d)r!=="report-path"&&(a[r]={type:r==="intersectional"?"boolean":"string"});let{values:e}=k(t,a);if(e.help)return s.stdout(b),o.ok;let l=Object.fromEntries(d.map(r=>[r,S(e[r==="report-path"?"report":r])])),n=u(l,r=>`--${r==="report-path"?"report":r}`),c=g(await m(n,s.cwd)),p=`${JSON.stringify(c,null,2)}
`;if(n.reportPath){let r=I(s.cwd,n.reportPath);await y(v(r),{recursive:!0}),await E(r,p)}return s.stdout(e.json?p:h(c)),f(n.failOn,c.decision)?o.rollback:o.ok}function S(t){return typeof t=="boolean"?String(t):t}function k(t,s){try{return L({args:[...t],options:s,strict:!0,allowPositionals:!1})}catch(a){throw new i({file:"model-gate evaluate",message:`${a.message.replace(/\. To specify.*$/s,"")} (see model-gate --help)`})}}process.exitCode=await w(process.argv.slice(2),{cwd:process.cwd(),stdout:t=>process.stdout.write(t),stderr:t=>process.stderr.write(t)},"0.1.0");
