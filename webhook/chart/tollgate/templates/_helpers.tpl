{{/* Names and labels shared by every template. Helm's standard shapes, kept short on purpose. */}}

{{- define "tollgate.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Release "tollgate" gives "tollgate"; any other release name is prefixed to the chart name. */}}
{{- define "tollgate.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{/* Selector labels never change across upgrades: Deployment selectors are immutable. */}}
{{- define "tollgate.selectorLabels" -}}
app.kubernetes.io/name: {{ include "tollgate.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{/* helm.sh/chart and managed-by are the only labels the plain manifests leave out
     (scripts/compare-webhook-manifests.mjs ignores exactly these two). */}}
{{- define "tollgate.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "tollgate.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/component: admission-webhook
app.kubernetes.io/part-of: tollgate
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end -}}

{{- define "tollgate.tlsSecretName" -}}
{{- default (printf "%s-tls" (include "tollgate.fullname" .)) .Values.tls.secretName -}}
{{- end -}}

{{- define "tollgate.servingCertificateName" -}}
{{- printf "%s-serving" (include "tollgate.fullname" .) -}}
{{- end -}}

{{/* The DNS names the API server dials: <service>.<namespace>.svc must be a SAN. */}}
{{- define "tollgate.serviceDNSNames" -}}
- {{ include "tollgate.fullname" . }}.{{ .Release.Namespace }}.svc
- {{ include "tollgate.fullname" . }}.{{ .Release.Namespace }}.svc.{{ .Values.clusterDomain }}
{{- end -}}

{{- define "tollgate.image" -}}
{{- if .Values.image.digest -}}
{{- printf "%s@%s" .Values.image.repository .Values.image.digest -}}
{{- else -}}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) -}}
{{- end -}}
{{- end -}}

{{/* The .tollgate.yaml the server reads: .Values.config with admission.mode set from .Values.mode. */}}
{{- define "tollgate.config" -}}
{{- $config := deepCopy (default (dict) .Values.config) -}}
{{- $admission := deepCopy (default (dict) (get $config "admission")) -}}
{{- $_ := set $admission "mode" .Values.mode -}}
{{- $_ := set $config "admission" $admission -}}
{{- toYaml $config -}}
{{- end -}}
