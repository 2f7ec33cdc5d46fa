#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{a as i,b as c,c as d,d as p,g as m,k as g}from"./chunks/chunk-QIQ2YFMG.js";import"./chunks/chunk-IM7GNSPV.js";import{mkdir as f,writeFile as y}from"node:fs/promises";import{dirname as w,resolve as b}from"node:path";import{parseArgs as E}from"node:util";var a={ok:0,rollback:1,badInput:2},u=`model-gate: release gate for machine-learning models

Usage:
  model-gate evaluate --metrics FILE [options]
  model-gate --help | --version

evaluate: read metrics, check the gates, decide the release and the canary weight.
  --metrics FILE          candidate model's metrics.json (flat or structured form)   [required]
  --baseline FILE         production (champion) model's metrics.json, for max_drop / max_increase gates
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
`;async function h(r,t,s="0.0.0"){try{let[e,...o]=r;if(e===void 0||e==="--help"||e==="-h"||e==="help")return t.stdout(u),e===void 0?a.badInput:a.ok;if(e==="--version")return t.stdout(`${s}
`),a.ok;if(e!=="evaluate")throw new i({file:"model-gate",message:`unknown command ${JSON.stringify(e)}: expected evaluate (see model-gate --help)`});return await v(o,t)}catch(e){if(e instanceof i)return t.stderr(`model-gate: bad input
${e.message}
`),a.badInput;throw e}}async function v(r,t){let{values:s}=I(r,{metrics:{type:"string"},baseline:{type:"string"},gates:{type:"string"},"current-weight":{type:"string"},"canary-steps":{type:"string"},"fail-on":{type:"string"},report:{type:"string"},json:{type:"boolean"},help:{type:"boolean",short:"h"}});if(s.help)return t.stdout(u),a.ok;let e=d({...s,"report-path":s.report},n=>`--${n==="report-path"?"report":n}`),o=m(await c(e,t.cwd)),l=`${JSON.stringify(o,null,2)}
`;if(e.reportPath){let n=b(t.cwd,e.reportPath);await f(w(n),{recursive:!0}),await y(n,l)}return t.stdout(s.json?l:g(o)),p(e.failOn,o.decision)?a.rollback:a.ok}function I(r,t){try{return E({args:[...r],options:t,strict:!0,allowPositionals:!1})}catch(s){throw new i({file:"model-gate evaluate",message:`${s.message.replace(/\. To specify.*$/s,"")} (see model-gate --help)`})}}process.exitCode=await h(process.argv.slice(2),{cwd:process.cwd(),stdout:r=>process.stdout.write(r),stderr:r=>process.stderr.write(r)},"0.1.0");
