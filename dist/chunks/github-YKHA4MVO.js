import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{c as a,d as b}from"./chunk-F5HDTXSN.js";import"./chunk-V74APD75.js";import"./chunk-O5DVVPDB.js";export{a as context,b as getOctokit};
