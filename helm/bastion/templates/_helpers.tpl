{{- define "bastion.fullname" -}}{{ .Release.Name }}-bastion{{- end -}}
{{- define "bastion.labels" -}}
app.kubernetes.io/name: bastion
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}
