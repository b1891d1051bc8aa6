#!/bin/bash
# The flows behind UpgradeInPlaceTest's fixture, through the gateway of a released ./npi007 up (see
# that test's Javadoc for the ports and password), then manifest.json: what that version answered.
# Needs curl and jq. The maintenance window of step 2 must start within the 100 s it waits for.
set -euo pipefail
G=${G:-http://127.0.0.1:28080}
P=${NPI007_STANDALONE_PASSWORD:-senha-upg}
OUT=${OUT:-$(dirname "$0")/manifest.json}
req() { # method user path [json body]
  if [ -n "${4:-}" ]; then curl -sf -X "$1" -u "$2:$P" -H 'Content-Type: application/json' -d "$4" "$G$3"
  else curl -sf -X "$1" -u "$2:$P" "$G$3"; fi
}
notification() { # incident|maintenance id type → the notification's id, once rendered
  for _ in $(seq 1 30); do
    id=$(req GET ascom "/api/v1/notifications?$1Id=$2&type=$3" | jq -r '.[0].id // empty')
    [ -n "$id" ] && { echo "$id"; return; }
    sleep 1
  done
  echo "sem mensagem $3 de $2" >&2; exit 1
}
in_future() { date -u -d "$1" +%Y-%m-%dT%H:%M:%SZ; }

# 1. three organs with an address (e-mail goes to .eml files: no SPRING_MAIL_HOST)
for organ in SESA SEFAZ PRODEST; do
  name=$(req GET admin /api/v1/organs | jq -r ".[] | select(.code == \"$organ\").name")
  req PUT admin /api/v1/organs/$organ "$(jq -nc --arg n "$name" --arg e "${organ,,}@orgaos.es.gov.br" '{name: $n, emails: [$e]}')" >/dev/null
done
sleep 3

# 2. a maintenance announced, started by its window and completed early
M1=$(req POST team /api/v1/maintenances "{\"component\": \"Portal do Servidor\", \"start\": \"$(in_future '+100 seconds')\",
  \"end\": \"$(in_future '+400 seconds')\", \"purpose\": \"atualização do banco de dados\", \"causesUnavailability\": true,
  \"urgent\": true}" | jq -r .id)

# 3. three reports and one that joins the first
A=$(req POST notifier-sesa /api/v1/incidents '{"component": "Sistema SIGEFES", "organ": "SESA", "description": "Lentidão e erros ao acessar", "source": "WHATSAPP_GROUP", "reportedBy": "Gestor de TI"}' | jq -r .id)
B=$(req POST notifier-sefaz /api/v1/incidents '{"component": "Portal da Nota Fiscal", "organ": "SEFAZ", "description": "Não emite notas", "source": "WHATSAPP_GROUP", "reportedBy": "Coordenador de TI"}' | jq -r .id)
C=$(req POST notifier-sefaz /api/v1/incidents '{"component": "Agendamento de Vistoria", "organ": "SEFAZ", "description": "Tela em branco", "source": "SERVICE_DESK", "reportedBy": "Central de Serviços"}' | jq -r .id)
req POST notifier-detran /api/v1/incidents '{"component": "sistema sigefes", "organ": "DETRAN", "description": "Também sem acesso", "source": "WHATSAPP_GROUP", "reportedBy": "Analista"}' >/dev/null
sleep 3

# 4. ASCOM: 6.5 approved (e-mailed); A's 6.1s approved then posted by hand (manual WhatsApp); B's 6.1 left pending review
req POST ascom /api/v1/notifications/$(notification maintenance $M1 6.5)/approval '{}' >/dev/null
for n in $(req GET ascom "/api/v1/notifications?incidentId=$A&type=6.1" | jq -r '.[].id'); do
  req POST ascom /api/v1/notifications/$n/approval '{}' >/dev/null
  req POST ascom /api/v1/notifications/$n/posted '{"note": "Postada no grupo às 10h"}' >/dev/null
done
sleep 3

# 5. A: SA, confirmed for all, statement; B: confirmed for SEFAZ; C: not confirmed
req POST notifier-sesa /api/v1/incidents/$A/service-request '{"saNumber": "SA-2026-004211"}' >/dev/null
req POST team /api/v1/incidents/$A/triage '{"verdict": "CONFIRMED_GENERAL", "impact": "a emissão de empenhos"}' >/dev/null
req POST management /api/v1/incidents/$A/statements '{"kind": "CONFIRMATION", "text": "Confirmamos a indisponibilidade."}' >/dev/null
req POST team /api/v1/incidents/$B/triage '{"verdict": "CONFIRMED_RESTRICTED", "impact": "a emissão de notas", "organ": "SEFAZ"}' >/dev/null
req POST team /api/v1/incidents/$C/triage '{"verdict": "NOT_CONFIRMED"}' >/dev/null

# 6. 6.3 and 6.6 approved (e-mailed), then posted in the group by hand; 6.2 posted by hand only
for n in $(notification incident $A 6.3) $(notification incident $B 6.6); do
  req POST ascom /api/v1/notifications/$n/approval '{}' >/dev/null
  sleep 4
  req POST ascom /api/v1/notifications/$n/posted '{"note": "WhatsApp manual"}' >/dev/null
done
req POST ascom /api/v1/notifications/$(notification incident $C 6.2)/posted '{"note": "Postada no grupo"}' >/dev/null

# 7. A restored, 6.4 approved and posted, the restoration statement
req POST team /api/v1/incidents/$A/restoration '{"note": "Reinício do pool de conexões"}' >/dev/null
N64=$(notification incident $A 6.4)
req POST ascom /api/v1/notifications/$N64/approval '{}' >/dev/null
req POST management /api/v1/incidents/$A/statements '{"kind": "RESTORATION", "text": "O serviço foi restabelecido às 11h."}' >/dev/null
sleep 4
req POST ascom /api/v1/notifications/$N64/posted '{"note": "WhatsApp manual"}' >/dev/null

# 8. the first maintenance completed once its window started; a second one announced then cancelled;
#    a third announced for 2036 (no timer of it fires while the fixture is in use)
until [ "$(req GET team /api/v1/maintenances/$M1 | jq -r .status)" = IN_PROGRESS ]; do sleep 2; done
req POST team /api/v1/maintenances/$M1/completion '{"note": "Atualização concluída antes do previsto"}' >/dev/null
M2=$(req POST team /api/v1/maintenances "{\"component\": \"Sistema e-Docs\", \"start\": \"$(in_future '+3 days')\",
  \"end\": \"$(in_future '+3 days 2 hours')\", \"purpose\": \"troca de servidores\", \"causesUnavailability\": true}" | jq -r .id)
req POST ascom /api/v1/notifications/$(notification maintenance $M2 6.5)/approval '{}' >/dev/null
sleep 4
req POST team /api/v1/maintenances/$M2/cancel '{"reason": "adiada sem data"}' >/dev/null
req POST ascom /api/v1/notifications/$(notification maintenance $M2 6.5-cancelamento)/approval '{}' >/dev/null
M3=$(req POST team /api/v1/maintenances '{"component": "Sistema e-Docs", "start": "2036-03-10T12:00:00Z", "end": "2036-03-10T14:00:00Z", "purpose": "troca de servidores", "causesUnavailability": true}' | jq -r .id)
req POST ascom /api/v1/notifications/$(notification maintenance $M3 6.5)/approval '{}' >/dev/null
sleep 5

# 9. the manifest
incidents=$(req GET team "/api/v1/incidents?limit=500" | jq '[.[] | {id, status, version, component, organ}] | sort_by(.id)')
notifications=$(req GET ascom "/api/v1/notifications?limit=500" | jq '[.[] | {id, type, status, incidentId, maintenanceId,
  subject, text, deliveries: ([.deliveries[]? | {deliveryId, channel, provider, recipient, status}] | sort_by(.deliveryId))}] | sort_by(.id)')
maintenances=$(req GET team "/api/v1/maintenances?limit=500" | jq '[.[] | {id, status, version, component}] | sort_by(.id)')
jq -n --argjson i "$incidents" --argjson n "$notifications" --argjson m "$maintenances" \
  '{madeBy: "e3d156e", incidents: $i, notifications: $n, maintenances: $m}' > "$OUT"
echo "manifesto em $OUT"
