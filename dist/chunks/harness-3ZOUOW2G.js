import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{a,b,c,d}from"./chunk-Z7FIPUHT.js";import"./chunk-CBX7PDHZ.js";import"./chunk-MPSQUVJO.js";import"./chunk-O5DVVPDB.js";export{a as LATENCY_DEFAULTS,d as loadOnnxRuntime,c as measureLatency,b as sessionOptions};
