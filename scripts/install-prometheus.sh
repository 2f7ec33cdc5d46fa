#!/usr/bin/env bash
# `npm run setup`: what the tests need besides npm packages. test/prometheus/ and the live canary
# analysis tests run a real Prometheus (prometheus and promtool from Debian's package), which they
# start and stop themselves. Installing the package starts its daemon where an init system allows
# it: stop it again.
set -euo pipefail
if command -v promtool >/dev/null && command -v prometheus >/dev/null; then
  exit 0
fi
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
$SUDO apt-get update -q
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends prometheus
$SUDO service prometheus stop >/dev/null 2>&1 || true
