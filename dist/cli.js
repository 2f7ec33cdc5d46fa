#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
var d=Symbol.for("model-gate.InputError"),n=class extends Error{problems;[d]=!0;static[Symbol.hasInstance](t){return typeof t=="object"&&t!==null&&t[d]===!0}constructor(t){let s=Array.isArray(t)?t:[t];super(s.map(f).join(`
`)),this.name="InputError",this.problems=s}};function f(r){return`${[r.file,r.line===void 0?void 0:`line ${r.line}`,r.path?y(r.path):void 0].filter(Boolean).join(": ")}: ${r.message}`}var m=200,h=/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g,g={"\n":"\\n","\r":"\\r","	":"\\t"};function y(r){let t=r.replace(h,s=>g[s]??`\\u${s.charCodeAt(0).toString(16).padStart(4,"0")}`);return t.length<=m?t:`${t.slice(0,m-1)}\u2026`}var b=/\r\n|\r|\n/;var E=/^([\s\u0085]*):(?=:)/;function l(r){return r.split(b).map(t=>t.replace(E,"$1:\u200B").replaceAll("##[","#\u200B#[")).join(`
`)}var a={ok:0,rollback:1,badInput:2,unexpected:3};var I=`model-gate: release gate for machine-learning models

Usage:
  model-gate evaluate (--metrics FILE | --predictions FILE | --model FILE | --reference-data FILE --current-data FILE) [options]
  model-gate bench --model FILE [latency options] [--json]
  model-gate synth --release FILE --report FILE [--out DIR] [--gates FILE|YAML]
  model-gate lint PATH... [--format text|json]
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
  --model FILE            candidate's ONNX model: its latency is measured with onnxruntime-node and
                          latency_p50_ms / _p95_ms / _p99_ms (batch: the first size) replace typed values
  --baseline-model FILE   production model's ONNX file, measured in the same run, interleaved
  --latency-batch-sizes LIST   e.g. 1,8,32                                           [default: 1]
  --latency-warmup N      unmeasured runs first                                     [default: 20]
  --latency-iterations N  measured runs per batch size          [default: 300, 400 with a baseline model]
  --latency-duration S    or measure for S seconds per batch size
  --latency-threads N     intra-op threads (1 keeps shared runners reproducible)    [default: 1]
  --input-shapes LIST     shapes for symbolic dimensions other than the batch, e.g. input=1x3x224x224
  --reference-data FILE   training (or last release's) feature sample, CSV or JSON Lines
  --current-data FILE     evaluation or production sample: drifted_feature_share and psi_max
                          become gateable (KS for numeric, chi-square for categorical, PSI, BH)
  --drift-features LIST   columns to compare                       [default: the shared columns]
  --drift-alpha A         significance level after Benjamini-Hochberg              [default: 0.05]
  --release FILE          release file: also synthesize the manifests for the decision
  --manifests-dir DIR     where to write them                                [default: manifests]
  --current-weight N      canary's current share of traffic in percent, 0-100           [default: 0]
  --canary-steps LIST     canary weights, e.g. 10,25,50,100 (must end at 100);
                          default: the gates file's canary.steps, else 10,25,50,100
  --fail-on WHEN          rollback (exit 1 on rollback), hold (also on hold), never   [default: rollback]
  --report FILE           also write the JSON report to FILE
  --json                  print the JSON report instead of the readable summary

bench: measure an ONNX model's latency only (same latency options as evaluate).
synth: Kubernetes and Istio manifests for a release file and a report from evaluate (--report);
  writes DIR/<name>.yaml (default DIR: manifests) after linting it. With monitoring in the release
  file, a PrometheusRule alerts on the same thresholds as the gates (--gates, as for evaluate).
lint: check manifests (files or folders of multi-document YAML) for canary mistakes; exit 1 on
  any error. Rules: see README.md.

Decision: a failing blocking gate rolls back (weight 0); a failing warn gate holds the
current weight; otherwise the canary advances one step, and reaching 100 promotes.

Default gates (each only when its metric is present): accuracy >= 0.90 and, with a
baseline, >= baseline - 0.01; latency_p99_ms (or latency_ms) <= 100;
demographic_parity_ratio >= 0.8; samples >= 1000; drifted_feature_share <= 0.3.

Exit codes: 0 the release may go on, 1 rollback (see --fail-on) or lint errors, 2 bad input,
3 an unexpected failure (a bug: please report it).
Docs: README.md; schemas: schemas/metrics.schema.json, schemas/gates.schema.json.
`,u={evaluate:async()=>(await import("./lazy/src-cli-evaluate.js")).evaluate,bench:async()=>(await import("./lazy/src-cli-bench.js")).bench,synth:async()=>(await import("./lazy/src-cli-synth.js")).synth,lint:async()=>(await import("./lazy/src-cli-lint.js")).lint};async function p(r,t,s="0.0.0"){let o={cwd:t.cwd,stdout:e=>t.stdout(l(e)),stderr:e=>t.stderr(l(e))};try{let[e,...i]=r;if(e===void 0||e==="--help"||e==="-h"||e==="help"||i.includes("--help")||i.includes("-h"))return o.stdout(I),e===void 0?a.badInput:a.ok;if(e==="--version")return o.stdout(`${s}
`),a.ok;let c=u[e];if(!c)throw new n({file:"model-gate",message:`unknown command ${JSON.stringify(e)}: expected ${Object.keys(u).join(", ")} (see model-gate --help)`});return await(await c())(i,o)}catch(e){return e instanceof n?(o.stderr(`model-gate: bad input
${e.message}
`),a.badInput):(o.stderr(`model-gate failed unexpectedly: ${e instanceof Error?e.stack??e.message:String(e)}
`),a.unexpected)}}process.exitCode=await p(process.argv.slice(2),{cwd:process.cwd(),stdout:r=>process.stdout.write(r),stderr:r=>process.stderr.write(r)},"0.1.0");
