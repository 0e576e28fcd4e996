# Spanish (es)

## Pantallas de carga y de error: antes de un widget y en su lugar
loading = Cargando…
not-in-frame-title = Abre esta aplicación dentro de Bitrix24
not-in-frame-text = Esta página es un widget de Bitrix24. Funciona dentro de tu portal de Bitrix24, que le pasa el contexto que necesita. Ábrela desde el menú del portal, una ficha de CRM o cualquier otro lugar donde esté instalada la aplicación.
not-in-frame-dev-hint = Para desarrolladores: ejecuta scripts/run.sh para probar todos los widgets en el emulador local del portal.
init-timeout-title = Bitrix24 no responde
init-timeout-text = El portal no envió a tiempo el contexto al widget. Revisa tu conexión e inténtalo de nuevo.
malformed-title = Este widget recibió datos que no puede leer
malformed-text = El portal abrió el widget con parámetros en un formato inesperado. No se cambió nada. Los detalles a continuación ayudarán al desarrollador de la aplicación.
unknown-title = Este lugar aún no es compatible
unknown-text = El portal abrió la aplicación en un lugar que no reconoce. Esto es lo que recibió:
crash-title = Algo salió mal
crash-text = El widget encontró un error inesperado. Por lo general, recargar la página lo soluciona.
retry = Reintentar
reload = Recargar
placement-code = Ubicación
error = Error

## Acciones comunes de todos los widgets
open = Abrir
details = Detalles
refresh = Actualizar

## Campos de la ficha de CRM y de la ficha de tarea
amount = Monto
responsible = Persona responsable
created-by = Creado por
contact = Contacto
company = Compañía
phone = Teléfono
email = Correo electrónico
created = Creado
modified = Modificado
start-date = Fecha de inicio
close-date = Fecha de cierre
deadline = Fecha límite
project = Proyecto
checklist = Lista de verificación
not-set = No especificado
overdue = Atrasada
important = Alta prioridad
closed-item = Cerrado

## Estados de carga
load-failed = No se pudieron cargar los datos
not-found = No encontrado o sin acceso
not-found-text = Es posible que se haya eliminado o que tus permisos no te permitan verlo.
path-not-available = El portal no puede abrir esta página aquí.

## Estados de las tareas (tasks.task.get status 1–7)
task-new = Nueva
task-pending = Pendiente
task-in-progress = En progreso
task-awaiting-review = Pendiente de revisión
task-completed = Completada
task-deferred = Aplazada
task-declined = Rechazada

## Tipos de entidades de CRM
lead = Prospecto
deal = Negociación
contact-entity = Contacto
company-entity = Compañía
quote = Cotización
invoice = Factura
smart-process-item = Elemento de proceso inteligente
activity = Actividad
order = Pedido
task = Tarea

## Ficha de llamada (CALL_CARD)
incoming-call = Llamada entrante
outgoing-call = Llamada saliente
callback = Devolución de llamada
line = Línea
call-idle = en espera
call-connecting = conectando
call-connected = conectada
no-crm-binding = La persona que llama aún no está en el CRM.
also-linked = También vinculado

## Vista de contexto (ubicaciones que aún no tienen su propio widget)
widget-context = Contexto del widget
widget-context-text = El portal abrió la aplicación aquí con este contexto. Este lugar muestra su contexto hasta que tenga su propio widget.
opened-from = Abierto desde
presentation = Se muestra como

## Página de inicio (DEFAULT, LEFT_MENU)
welcome = Widgets en Rust para Bitrix24
welcome-text = La aplicación agrega widgets a las fichas de CRM, las tareas, la ficha de llamada y otros lugares de tu portal.
signed-in-as = Sesión iniciada como
portal = Portal
language = Idioma
administrator = Administrador

## Controles comunes
toggle-theme = Cambiar entre tema claro y oscuro
background-worker = El proceso en segundo plano está en ejecución.

## Ficha de tarea
checklist-progress = Lista de verificación: { $done } de { $total } completados

## Vista de detalles
yes = Sí
no = No
