#!/usr/bin/env bash
# Certificates for the tollgate webhook without cert-manager: a private CA and a serving
# certificate whose SANs are the names the API server dials (<service>.<namespace>.svc and
# <service>.<namespace>.svc.<cluster domain>). Prints the caBundle (base64 of the CA's PEM,
# one line) on stdout and the next steps on stderr:
#
#   CA_BUNDLE=$(webhook/gen-certs.sh --out ./tollgate-certs)
#
# An existing ca.crt/ca.key in --out is reused, so renewing the serving certificate keeps
# the caBundle the cluster already trusts. Needs openssl 1.1.1 or later.
set -euo pipefail

service=tollgate
namespace=tollgate-system
secret=""
cluster_domain=cluster.local
out=./tollgate-certs
days=365
ca_days=3650

usage() {
  sed -n '2,/^set -euo/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//' >&2
  cat >&2 <<USAGE
options: --service NAME (tollgate)  --namespace NS (tollgate-system)  --secret NAME (<service>-tls)
         --cluster-domain D (cluster.local)  --out DIR (./tollgate-certs)
         --days N (365, serving certificate)  --ca-days N (3650)
USAGE
  exit 2
}

while [[ $# -gt 0 ]]; do
  case "$1" in
    --service) service="$2"; shift 2 ;;
    --namespace) namespace="$2"; shift 2 ;;
    --secret) secret="$2"; shift 2 ;;
    --cluster-domain) cluster_domain="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --days) days="$2"; shift 2 ;;
    --ca-days) ca_days="$2"; shift 2 ;;
    -h|--help) usage ;;
    *) echo "gen-certs: unknown option $1" >&2; usage ;;
  esac
done
secret="${secret:-$service-tls}"
command -v openssl >/dev/null || { echo "gen-certs: openssl is required" >&2; exit 2; }

mkdir -p "$out"
umask 077
cfg="$(mktemp)"
trap 'rm -f "$cfg" "$out/tls.csr"' EXIT
cat >"$cfg" <<CFG
[req]
distinguished_name = dn
prompt = no
[dn]
CN = unused
[ca_ext]
basicConstraints = critical, CA:TRUE, pathlen:0
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[server_ext]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = DNS:$service.$namespace.svc, DNS:$service.$namespace.svc.$cluster_domain
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
CFG

if [[ -s "$out/ca.crt" && -s "$out/ca.key" ]]; then
  echo "gen-certs: reusing the CA in $out" >&2
else
  openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$out/ca.key" 2>/dev/null
  openssl req -x509 -new -key "$out/ca.key" -sha256 -days "$ca_days" \
    -subj "/CN=$service-ca" -config "$cfg" -extensions ca_ext -out "$out/ca.crt"
fi

openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$out/tls.key" 2>/dev/null
openssl req -new -key "$out/tls.key" -subj "/CN=$service.$namespace.svc" -config "$cfg" -out "$out/tls.csr"
openssl x509 -req -in "$out/tls.csr" -CA "$out/ca.crt" -CAkey "$out/ca.key" \
  -set_serial "0x$(openssl rand -hex 16)" -sha256 -days "$days" \
  -extfile "$cfg" -extensions server_ext -out "$out/tls.crt" 2>/dev/null
chmod 0644 "$out/ca.crt" "$out/tls.crt"
openssl verify -CAfile "$out/ca.crt" "$out/tls.crt" >/dev/null

ca_bundle="$(openssl base64 -A -in "$out/ca.crt")"
printf '%s\n' "$ca_bundle" >"$out/ca-bundle.b64"
chmod 0644 "$out/ca-bundle.b64"

cat >&2 <<NEXT
gen-certs: wrote $out/{ca.crt,ca.key,tls.crt,tls.key,ca-bundle.b64}
  SANs: $service.$namespace.svc, $service.$namespace.svc.$cluster_domain
Next (keep ca.key somewhere safe, or delete it and re-create everything at renewal):
  kubectl create namespace $namespace
  kubectl -n $namespace create secret tls $secret --cert=$out/tls.crt --key=$out/tls.key
  helm install tollgate webhook/chart/tollgate -n $namespace \\
    --set certManager.enabled=false --set tls.secretName=$secret --set caBundle=\$(cat $out/ca-bundle.b64)
Plain manifests: delete the cert-manager Issuer/Certificate objects and the inject-ca-from
annotation, and set webhooks[0].clientConfig.caBundle to the line below.
NEXT
printf '%s\n' "$ca_bundle"
