import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
function t(n){if(n==null)return"\u2014";if(Number.isInteger(n))return String(n);let r=Math.abs(n);return r!==0&&(r<1e-4||r>=1e9)?n.toExponential(3):String(Number(n.toPrecision(6)))}function e(n){return n==null?"\u2014":n>0?`+${t(n)}`:t(n)}export{t as a,e as b};
