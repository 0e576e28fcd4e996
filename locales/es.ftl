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

## Setup: the install wizard and the app settings (DEFAULT with INSTALL, view=settings)

setup-area-app = Páginas propias de la aplicación

setup-area-crm = CRM

setup-area-tasks = Tareas

setup-area-workgroups = Grupos de trabajo y proyectos

setup-area-people = Empleados

setup-area-calendar = Calendario

setup-area-telephony = Telefonía

setup-area-messenger = Mensajería

setup-area-contact-center = Centro de contacto

setup-area-fields = Campos del CRM

setup-area-sites = Sitios y tiendas

setup-purpose-app-page = Widgets

setup-purpose-app-page-text = La página propia de la aplicación: quién eres, tu portal y los ajustes de la aplicación.

setup-purpose-app-link = Abrir en Widgets

setup-purpose-app-link-text = Abre el elemento del CRM, la tarea o el empleado al que apunta un enlace a la aplicación.

setup-purpose-call-watcher = Vigilante de llamadas

setup-purpose-call-watcher-text = Funciona en segundo plano en cada página y sigue las llamadas para la ficha de llamada.

setup-purpose-entity-overview = Resumen general

setup-purpose-entity-overview-text = El elemento de un vistazo: etapa, importe, personas y datos de contacto.

setup-purpose-row-action = Acciones de Widgets

setup-purpose-row-action-text = Actúa sobre las filas elegidas en la lista.

setup-purpose-list-report = Informe por etapas

setup-purpose-list-report-text = Cantidad e importe por etapa de toda la lista, y la conversión a lo largo del embudo.

setup-purpose-card-action = Resumen

setup-purpose-card-action-text = El resumen del elemento en un panel deslizante.

setup-purpose-activity = Pendiente

setup-purpose-activity-text = Un tipo de actividad del CRM que añade un pendiente al elemento.

setup-purpose-timeline-action = Acciones del registro

setup-purpose-timeline-action-text = Trabaja con el registro elegido de la cronología.

setup-purpose-document = Resumen imprimible

setup-purpose-document-text = Crea un documento imprimible del elemento.

setup-purpose-automation-triggers = Disparadores de automatización

setup-purpose-automation-triggers-text = Añade los disparadores de la aplicación al diseñador de automatización y los prueba en un elemento.

setup-purpose-search = Búsqueda de Widgets

setup-purpose-search-text = Encuentra elementos del CRM y datos de empresas para la búsqueda y el formulario de datos.

setup-purpose-analytics = Informe de Widgets

setup-purpose-analytics-text = Un informe en la sección de analítica.

setup-purpose-task-summary = Resumen de la tarea

setup-purpose-task-summary-text = La tarea de un vistazo: estado, fecha límite, personas y lista de control.

setup-purpose-workload = Carga de trabajo

setup-purpose-workload-text = Un informe de carga sobre las tareas de una persona o un grupo.

setup-purpose-group-card = Resumen del grupo

setup-purpose-group-card-text = Los miembros, roles y tareas abiertas del grupo de trabajo.

setup-purpose-employee-card = Ficha del empleado

setup-purpose-employee-card-text = Departamento, supervisor, contactos, negociaciones y tareas abiertas.

setup-purpose-calendar-view = Agenda

setup-purpose-calendar-view-text = Una vista del calendario.

setup-purpose-call-notes = Notas de llamada

setup-purpose-call-notes-text = Notas durante una llamada, guardadas en el elemento del CRM del cliente.

setup-purpose-calls-report = Informe de llamadas

setup-purpose-calls-report-text = Un informe sobre las llamadas del portal.

setup-purpose-chat-templates = Plantillas de respuesta

setup-purpose-chat-templates-text = Plantillas de respuesta sobre el campo de entrada del chat.

setup-purpose-chat-context = Contexto del chat

setup-purpose-chat-context-text = El elemento del CRM o la tarea a la que pertenece el chat, en su barra lateral.

setup-purpose-message-action = Crear desde el mensaje

setup-purpose-message-action-text = Convierte un mensaje en una tarea o una actividad del CRM.

setup-purpose-messenger-page = Widgets

setup-purpose-messenger-page-text = La aplicación como página dentro de la mensajería.

setup-purpose-connector-tile = Conector de Widgets

setup-purpose-connector-tile-text = Un mosaico del centro de contacto que abre la configuración del conector.

setup-purpose-connector-settings = Ajustes del conector

setup-purpose-connector-settings-text = Los ajustes del conector de canal abierto de la aplicación.

setup-purpose-rating-field = Valoración

setup-purpose-rating-field-text = Un tipo de campo del CRM: una valoración con estrellas y una nota.

setup-purpose-site-settings = Ajustes del sitio

setup-purpose-site-settings-text = Los ajustes de la aplicación en un sitio.

setup-purpose-block-settings = Ajustes del bloque

setup-purpose-block-settings-text = Ajustes de los bloques de la aplicación en el editor de sitios.

setup-spot-left-menu = Menú izquierdo

setup-spot-app-links = Enlaces a la aplicación

setup-spot-every-page = Cada página, en segundo plano

setup-spot-card-tab = Pestaña de la ficha

setup-spot-card-activity = Actividad en la ficha

setup-spot-card-toolbar = Barra de herramientas de la ficha

setup-spot-card-sidebar = Barra lateral de la ficha

setup-spot-card-top-panel = Panel superior de la ficha

setup-spot-list-toolbar = Sobre la lista

setup-spot-funnels-toolbar = Sobre los embudos

setup-spot-list-row-menu = Menú de la fila

setup-spot-timeline-menu = Menú del registro de la cronología

setup-spot-document-button = Botón Documentos

setup-spot-automation-toolbar = Diseñador de automatización

setup-spot-analytics-menu = Menú de analítica

setup-spot-analytics-toolbar = Barra de analítica

setup-spot-search = Búsqueda del CRM

setup-spot-details-autocomplete = Formulario de datos de empresa y bancarios

setup-spot-profile-menu = Menú del perfil

setup-spot-calendar-view = Vistas del calendario

setup-spot-call-card = Ficha de llamada

setup-spot-chat-input-panel = Panel sobre la entrada del chat

setup-spot-chat-sidebar = Barra lateral del chat

setup-spot-message-menu = Menú del mensaje

setup-spot-mobile-message-menu = Menú del mensaje en la aplicación móvil

setup-spot-messenger-navigation = Navegación de la mensajería

setup-spot-contact-center-tile = Mosaico del centro de contacto

setup-spot-connector-settings = Ajustes del canal abierto

setup-spot-field-type = Tipos de campo del CRM

setup-spot-site-settings = Ajustes del sitio

setup-spot-block-settings = Ajustes del bloque en el editor de sitios

setup-spot-other = En otro lugar

setup-subject-old-invoice = Factura (antigua)

setup-subject-workgroup = Grupo de trabajo

setup-subject-employee = Empleado

setup-title = Instalar la aplicación

setup-intro = Elige dónde aparece la aplicación en tu portal. Ya hay una selección razonable; puedes cambiarla más tarde en los ajustes de la aplicación.

setup-selected = Seleccionados: { $count }

setup-install = Instalar

setup-installed = Instalado

setup-progress = Pasos hechos: { $done } de { $total }

setup-state-pending = En espera

setup-state-running = En curso

setup-state-done = Hecho

setup-state-already = Ya existe

setup-state-failed = Error

setup-state-unknown = Resultado desconocido

setup-problems-title = Algunos pasos no se completaron

setup-problems-text = Todo lo demás está listo. Vuelve a intentarlo cuando la causa esté resuelta: solo se envía lo que aún falta.

setup-rechecked-text = El portal no indicó si algunos pasos funcionaron, así que la aplicación volvió a comprobar el portal. Lo que aparece en la lista aún falta; nada se envió dos veces.

setup-finishing = Finalizando la instalación…

setup-finished = La aplicación está instalada. El portal la vuelve a cargar.

setup-finish-failed = El portal no aceptó el final de la instalación.

setup-nothing-new = Todo lo que elegiste ya está instalado.

setup-not-admin-title = Pide a tu administrador que instale la aplicación

setup-not-admin-text = Solo un administrador de Bitrix24 puede instalar esta aplicación y elegir dónde aparece. No se ha cambiado nada.

setup-bad-address = La aplicación está abierta en una dirección desde la que el portal no puede cargar widgets.

setup-settings-title = Ajustes de la aplicación

setup-settings-intro = Dónde aparece la aplicación en tu portal, y sus opciones.

setup-read-only = Solo un administrador puede cambiar estos ajustes.

setup-places = Dónde aparece la aplicación

setup-bound = Vinculado

setup-not-bound = No vinculado

setup-unavailable = No disponible en este portal

setup-apply = Aplicar cambios

setup-no-changes = No hay nada que cambiar.

setup-applied = Los cambios se han aplicado.

setup-app-options = Opciones para todos

setup-my-options = Mis opciones

setup-theme = Tema

setup-theme-auto = Como en el sistema

setup-theme-light = Claro

setup-theme-dark = Oscuro

setup-transport = Conexión REST

setup-transport-bx24 = A través de la página del portal

setup-transport-fetch = Solicitudes directas

setup-save = Guardar

setup-saved = Guardado.

setup-save-failed = Las opciones no se guardaron.

home-open-settings = Ajustes de la aplicación
## Messenger
im-templates-title = Respuestas rápidas
im-template-thanks = ¡Gracias! Te respondo en breve.
im-template-details = ¿Podrías enviarme los detalles, por favor?
im-template-call = Hablémoslo por teléfono. ¿Cuándo te viene bien?
im-template-bound = Estamos trabajando en { $element } y te mantendremos informado en este chat.
im-draft-reply = { $name }, gracias por tu mensaje: «{ $about }» Lo reviso y te respondo hoy.
im-draft-reply-anonymous = Gracias por tu mensaje: «{ $about }» Lo reviso y te respondo hoy.
im-draft-button = Redactar una respuesta
im-read-input = Leer el campo de entrada
im-replace-text = Reemplazar el texto del campo de entrada
im-input-text = Texto del campo de entrada: { $text } (longitud: { $count })
im-input-empty = El campo de entrada está vacío.
im-inserted = El texto está en el campo de entrada.
im-no-textarea = El messenger no respondió: aquí no hay campo de entrada de mensajes.
im-insert-failed = No se pudo insertar el texto: { $reason }
im-task-ref = Tarea n.º { $id }
im-belongs-to = Vinculado a:
im-ordinary-chat = Este chat no está vinculado a ningún elemento de CRM ni a ninguna tarea.
im-private-chat = Un chat privado: no está vinculado a ningún elemento de CRM ni a ninguna tarea.
im-members = Miembros: { $count }
im-online = en línea
im-write = Escribir
im-call-short = Llamar
im-write-to = Escribir a { $name }
im-call = Llamar a { $name }
im-field-title = Título
im-field-description = Descripción
im-field-deadline = Fecha límite
im-make-task = Crear tarea
im-make-activity = Añadir actividad de CRM
im-title-required = Escribe un título.
im-deadline-required = Una actividad de CRM necesita una fecha límite.
im-no-crm-binding = Este chat no está vinculado a ningún elemento de CRM, así que solo se puede crear una tarea.
im-from-message = Del mensaje de { $author } en «{ $chat }».
im-task-created = Se ha creado la tarea n.º { $id }.
im-activity-created = Se ha añadido la actividad n.º { $id } a { $element }.
im-write-refused = El portal lo rechazó: { $reason }
im-write-unknown = El portal no confirmó a tiempo: es posible que se haya creado. Compruébalo antes de volver a enviarlo.
im-check = Comprobar
im-check-not-found = No se creó nada. Puedes volver a enviarlo.
im-recent-title = Tus chats
im-no-chats = Todavía no hay chats.
im-unread = Sin leer: { $count }
im-open-chat = Abrir chat
im-more-chats = Solo se muestran los chats más recientes (hasta { $count }).
im-smiles-deprecated = Este lugar está obsoleto
im-smiles-deprecated-text = Desde la versión 25.1600.0 del messenger, los emojis se han sustituido por stickers y el portal ya no abre este lugar. Los conjuntos de abajo se siguen insertando en el campo de entrada donde el portal lo permite.
im-smiles-faces = Caras
im-smiles-work = Trabajo
im-smiles-gestures = Gestos

## Telephony
call-note-label = Nota de la llamada
call-note-save = Guardar nota
call-note-discard = Descartar
call-note-held = La tarjeta de llamada seguirá abierta hasta que guardes o descartes la nota.
call-note-saving = Guardando la nota…
call-note-saved = La nota se ha guardado como actividad n.º { $id } en { $element }.
call-note-refused = No se guardó la nota: { $reason }
call-note-unknown = El portal no confirmó a tiempo: es posible que la nota se haya guardado. Revisa la cronología antes de guardarla de nuevo.
call-note-no-target = Vincula la llamada a un elemento de CRM para guardar una nota.
call-note-title = Nota de la llamada: { $phone }
call-note-title-no-phone = Nota de la llamada
softphone-waiting = El softphone está esperando llamadas.
softphone-title = Llamada entrante de { $phone }
softphone-ringing = Sonando…
softphone-connected = Conectado
softphone-on-hold = En espera
softphone-ended = Llamada finalizada tras { $minutes } min { $seconds } s
softphone-missed = Llamada perdida
softphone-finish-failed = No se pudo finalizar la llamada: { $reason }
softphone-command-failed = La tarjeta de llamada no aceptó un comando: { $reason }
calls-title = Llamadas de los últimos { $days } días
calls-total = Llamadas
calls-incoming = Entrantes
calls-outgoing = Salientes
calls-missed = Perdidas
calls-talk-time = Tiempo de conversación
calls-average = Llamada media
calls-duration = { $minutes } min { $seconds } s
calls-per-day = Llamadas por día
calls-per-user = Por empleado
calls-employee = Empleado
calls-loading = Cargando el registro de llamadas… Cargadas: { $rows }
calls-stop = Detener
calls-partial = Se detuvo la carga: el informe solo incluye las llamadas cargadas hasta ahora.
calls-none = No hay llamadas en este periodo.
calls-day = { $date }: { $answered } atendidas, { $missed } perdidas

## Open lines
connector-title = Conector de canal abierto «{ $name }»
connector-not-registered = El conector de la aplicación no está registrado en este portal. Abre la configuración de la aplicación para registrarlo.
connector-lines = Canales abiertos
connector-setup = Configurar
connector-line-id = Canal abierto n.º { $id }
connector-line-inactive = Desactivado
connector-active = Activo
connector-inactive = No activo
connector-configured = Datos del canal definidos
connector-not-configured = Faltan los datos del canal
connector-error = Error
connector-ok = Funciona
connector-works = El conector funciona en este canal abierto.
connector-wants-on = Activaste el conector para este canal abierto: conéctalo para terminar.
connector-wants-off = Desactivaste el conector para este canal abierto: desconéctalo para terminar.
connector-channel-name = Nombre del canal
connector-default-name = Chat de widgets Rust
connector-channel-url = Enlace del chat
connector-connect = Conectar
connector-disconnect = Desconectar
connector-name-required = Escribe el nombre del canal.
connector-url-invalid = El enlace del chat debe empezar por https:// o http://.
connector-refused = El portal lo rechazó: { $reason }
connector-unknown = El portal no confirmó a tiempo: es posible que el cambio se haya aplicado. Comprueba el estado antes de volver a intentarlo.
connector-check = Comprobar estado

## Unsupported spots
spot-hr-title = Salario y vacaciones (RR. HH.)
spot-hr-text = El portal abre este panel desde el menú de salario y vacaciones del módulo de RR. HH. Bitrix24 no documenta lo que pasa aquí a la aplicación, así que la aplicación muestra lo que llegó y nada más.
spot-catalog-title = Catálogo externo de productos
spot-catalog-text = El selector de productos carga este marco oculto para buscar en un catálogo externo. Sus comandos y eventos no están documentados (solo se conocen por el código del portal), así que la aplicación no responde a ellos y el selector sigue usando el catálogo del propio portal.
spot-options = Lo que envió el portal
## CRM list report (CRM_*_LIST_TOOLBAR, CRM_ANALYTICS_*, CRM_*FUNNELS_TOOLBAR)

crm-report-title = Informe por etapas: { $entity }
crm-report-entity = Informe sobre
crm-report-counting = Contando: { $done } de { $total }
crm-report-stop = Detener
crm-report-stopped-early = Se detuvo antes de contar nada.
crm-report-count-again = Contar de nuevo
crm-report-partial = Detenido antes de tiempo: estas cifras cubren { $done } de { $total }.
crm-report-counted = Contados: { $count }
crm-report-empty = Esta lista está vacía.
crm-report-pipeline = Embudo
crm-report-total = En total
crm-report-won = Ganados
crm-report-lost = Perdidos
crm-report-win-rate = Tasa de éxito
crm-report-percent = { $percent } %
crm-report-reached = El { $percent } % llegó a esta etapa
crm-report-chart = Etapas de { $pipeline }
crm-report-open-hint = Elija una etapa para abrir la lista filtrada por ella.

## CRM list row actions (CRM_*_LIST_MENU)

crm-row-actions = Acciones rápidas
crm-row-stage = Etapa
crm-row-move = Mover
crm-row-reassign = Cambiar responsable
crm-row-pick-user = Elija el nuevo responsable
crm-row-saving = Guardando…
crm-row-moved = Movido a «{ $stage }».
crm-row-reassigned = { $name } es ahora el responsable.
crm-row-save-failed = El cambio no se guardó: { $reason }
crm-row-unknown = El portal no confirmó el cambio, así que puede que se haya guardado o no. El registro se ha vuelto a leer: revíselo antes de intentarlo de nuevo.

## CRM automation triggers (CRM_*_ROBOT_DESIGNER_TOOLBAR)

automation-title = Disparadores de automatización
automation-hint = Coloque uno de los disparadores de la aplicación en una etapa de este diseñador: cuando el disparador se active en un elemento, el elemento pasará a esa etapa.
automation-empty = La aplicación aún no tiene disparadores.
automation-admin-only = Solo un administrador puede añadir, eliminar o activar los disparadores de la aplicación.
automation-delete = Eliminar
automation-delete-label = Eliminar «{ $name }»
automation-add-title = Nuevo disparador
automation-name = Nombre
automation-code = Código
automation-code-hint = Letras latinas minúsculas, dígitos, puntos, guiones y guiones bajos. La aplicación propone uno a partir del nombre.
automation-add = Añadir disparador
automation-empty-name = Ponga un nombre al disparador.
automation-bad-code = El código solo puede contener letras latinas minúsculas, dígitos, puntos, guiones y guiones bajos (64 caracteres como máximo).
automation-taken-code = La aplicación ya tiene un disparador con este código.
automation-added = «{ $name }» ya figura entre los disparadores del diseñador.
automation-deleted = «{ $name }» se ha eliminado.
automation-fire-title = Probar un disparador
automation-fire-trigger = Disparador
automation-fire-element = ID del elemento
automation-fire-pick = Elegir el elemento
automation-fire = Activar
automation-bad-id = Introduzca el ID del elemento, un número entero.
automation-picked = Elemento: { $title }
automation-fired = «{ $name }» se activó en { $element }.
automation-no-fire = Los elementos de este tipo no ejecutan automatizaciones, así que no se pueden activar disparadores en ellos.
automation-saving = Guardando…
automation-failed = El portal lo rechazó: { $reason }
automation-unknown = El portal no lo confirmó, así que puede que se haya realizado o no. La lista se ha vuelto a leer: revísela antes de intentarlo de nuevo.

## CRM rating field (USERFIELD_TYPE)

crm-rating-stars = { $stars } de { $max } estrellas
crm-rating-choose = Elija la valoración
crm-rating-entry = Valoración { $number }
crm-rating-note = Nota
crm-rating-note-count = { $used } / { $max }
crm-rating-add = Añadir valoración
crm-rating-remove = Quitar
crm-rating-required = Este campo es obligatorio: elija al menos una estrella.
crm-rating-no-stars = Elija las estrellas de la valoración { $number }.
crm-rating-note-too-long = La nota de la valoración { $number } es demasiado larga: { $max } caracteres como máximo.
crm-rating-unreadable = No se puede mostrar un valor guardado ({ $reason }). Al guardar la ficha se reemplazará.
crm-rating-kept = Guardado en la ficha: se almacena al guardar la ficha.
crm-rating-set-failed = La ficha no aceptó el valor: { $reason }
## Task workload (TASK_USER_LIST_TOOLBAR, TASK_GROUP_LIST_TOOLBAR, TASK_ROBOT_DESIGNER_TOOLBAR)
workload-title = Carga de trabajo: { $name }
workload-title-visible = Carga de trabajo de las tareas que puede ver
workload-tasks-total = Tareas en la lista: { $total }
workload-progress = Tareas cargadas: { $loaded } de { $total }
workload-stop = Detener la carga
workload-stopped = Carga detenida
workload-partial = El informe solo incluye las tareas cargadas hasta ahora: { $loaded } de { $total }.
workload-load-again = Volver a cargar
workload-open-tasks = Tareas abiertas
workload-due-this-week = Vencen esta semana
workload-no-deadline = Sin fecha límite
workload-by-status = Tareas por estado
workload-per-person = Tareas abiertas por responsable
workload-person-load = { $open } (vencidas: { $overdue })
workload-other-status = Otro estado
workload-open-list = Abrir la lista de tareas
workload-empty = No hay tareas en esta lista.

## Workgroup card (SONET_GROUP_DETAIL_TAB, SONET_GROUP_TOOLBAR, SONET_GROUP_ROBOT_DESIGNER_TOOLBAR)
group-kind-workgroup = Grupo de trabajo
group-open-to-join = Abierto para unirse
group-members = Miembros
group-role-owner = Propietario
group-role-moderator = Moderador
group-role-member = Miembro
group-deadlines = Próximas fechas límite
group-no-deadlines = Ninguna tarea abierta de este grupo tiene fecha límite.
group-open-page = Abrir el grupo
group-no-group-title = No hay ningún grupo
group-no-group-text = El portal abrió este botón en una página que no indica ningún grupo, así que no hay tarjeta de grupo que mostrar.

## Employee card (USER_PROFILE_TOOLBAR, USER_PROFILE_MENU)
profile-department = Departamento
profile-manager = Responsable
profile-work-phone = Teléfono del trabajo
profile-mobile = Teléfono móvil
profile-extension = Extensión
profile-online = En línea
profile-dismissed = Dado de baja
profile-message = Enviar mensaje
profile-call = Llamar
profile-open-profile = Abrir perfil
profile-open-deals = Negociaciones abiertas: { $count }
profile-open-tasks = Tareas abiertas: { $count }
profile-no-deals = No hay negociaciones abiertas.
profile-no-tasks = No hay tareas abiertas.
profile-messenger-failed = El mensajero no se puede abrir desde aquí.

## App links (REST_APP_URI)
link-unknown-title = Este enlace no indica nada que la aplicación pueda abrir
link-unknown-text = La aplicación abre enlaces cuyos parámetros indican un elemento del CRM (entityTypeId e id, o deal, lead, contact, company, quote, invoice), una tarea (task) o un empleado (user). Este enlace trajo:
link-no-params = El enlace no trajo ningún parámetro.

## Calendar view (CALENDAR_GRIDVIEW)
calendar-range = { $from } – { $to }
calendar-events-count = Eventos en este periodo: { $count }
calendar-previous = Periodo anterior
calendar-next = Periodo siguiente
calendar-add = Nuevo evento
calendar-all-day = Todo el día
calendar-edit = Editar
calendar-delete = Eliminar
calendar-edit-event = Editar «{ $name }»
calendar-delete-event = Eliminar «{ $name }»
calendar-no-events = Sin eventos
calendar-not-found = El calendario no encontró este evento. Actualice la vista e inténtelo de nuevo.

## Sites
landing-site-settings = Configuración del sitio
landing-page = Página: { $page }
landing-site-title = Título del sitio
landing-site-description = Descripción
landing-save = Guardar
landing-site-saved = Se guardó la configuración del sitio.
landing-title-required = Escribe el título del sitio.
landing-refused = El portal lo rechazó: { $reason }
landing-unknown = El portal no confirmó a tiempo: es posible que el cambio se haya guardado. Recarga la página antes de volver a guardar.
landing-block-settings = Textos del bloque
landing-block-hint = Rellena los textos que quieras cambiar; los campos vacíos se quedan como están en el editor.
landing-no-text-nodes = Este bloque no tiene textos que cambiar aquí.
landing-nothing-to-save = Rellena al menos un texto.
landing-block-saved = El bloque se actualizó y se recargó en el editor.
landing-block-saved-no-refresh = El bloque se actualizó, pero el editor no lo recargó: { $reason }
## CRM work
crm-todo-title = Nueva tarea pendiente
crm-todo-for = Para { $title }
crm-todo-heading = Nueva tarea para «{ $title }»
crm-todo-text = Qué hacer
crm-todo-text-placeholder = Por ejemplo: devolver la llamada sobre la oferta
crm-todo-deadline = Fecha límite
crm-todo-due = Vence
crm-todo-due-today = Hoy, 18:00
crm-todo-due-tomorrow = Mañana, 10:00
crm-todo-due-three-days = En 3 días
crm-todo-due-week = En una semana
crm-todo-responsible = Responsable
crm-todo-me = Usted
crm-todo-choose-user = Elegir
crm-todo-create = Crear tarea
crm-todo-create-again = Crear de todos modos
crm-todo-cancel = Cancelar
crm-todo-saving = Creando la tarea…
crm-todo-created = Tarea creada: { $text }
crm-todo-failed-title = La tarea no se creó
crm-todo-failed = La tarea no se creó: { $reason }
crm-todo-unknown-title = Sin confirmar
crm-todo-unknown = El portal no confirmó la tarea, así que puede que ya se haya creado. Revise las tareas abiertas antes de crearla de nuevo.
crm-todo-open = Tareas abiertas: { $count }
crm-todo-open-none = Aún no hay tareas abiertas.
crm-todo-empty-text = Escriba qué hay que hacer.
crm-todo-bad-deadline = Elija fecha y hora.
crm-todo-driver-loading = Preparando el formulario…
crm-todo-driver-ready = Se muestra el formulario.
crm-todo-load-failed = No se pudo cargar el elemento: { $reason }
crm-todo-layout-refused = El portal no pudo mostrar el formulario.
crm-record-paid = Pagado
crm-record-unpaid = Sin pagar
crm-record-canceled = Cancelado
crm-record-status = Estado: { $code }
crm-record-done = Hecho
crm-record-open = Pendiente
crm-record-incoming = Entrante
crm-record-outgoing = Saliente
crm-record-meeting = Reunión
crm-record-call = Llamada
crm-record-task = Tarea
crm-record-email = Correo
crm-record-todo = Tarea pendiente
crm-record-billed = Emitida
crm-record-pay-before = Pagar antes de
crm-record-starts = Comienza
crm-record-order-title = Pedido { $number }
crm-record-belongs-to = Pertenece a
crm-record-items = Artículos
crm-record-line = { $quantity } × { $price }
crm-search-running = Buscando…
crm-search-found = Coincidencias enviadas al formulario: { $count }
crm-search-failed = La búsqueda falló: { $reason }
crm-search-picked = La coincidencia elegida se completó en el formulario.
crm-search-unknown-pick = La opción elegida no proviene de esta aplicación.
crm-doc-title = Oferta comercial
crm-doc-number = N.º { $number }
crm-doc-issued = Fecha
crm-doc-subject = Referencia
crm-doc-client = Cliente
crm-doc-stage = Etapa
crm-doc-prepared-by = Preparado por
crm-doc-note = Esta oferta es válida durante 14 días desde la fecha indicada.
crm-doc-print = Imprimir
crm-doc-download = Descargar
crm-doc-downloaded = Guardado como { $file }.
crm-doc-download-failed = No se pudo guardar el archivo.
crm-doc-print-failed = El navegador no pudo imprimir la página.
crm-record-mark-done = Marcar como hecho
crm-record-done-failed = No se pudo marcar como hecho: { $reason }
crm-record-done-unknown = El portal no confirmó el cambio. La ficha se volvió a leer: revísela antes de intentarlo de nuevo.
crm-robot-title = Configuración del robot
crm-robot-hint = Los cambios pasan al formulario del robot al instante; guarde el robot para conservarlos.
crm-robot-sent = Enviado al formulario del robot: { $name }
crm-robot-required = Complete este campo.
crm-robot-not-integer = Introduzca un número entero.
crm-robot-not-number = Introduzca un número.
crm-robot-not-date = Introduzca una fecha.
crm-robot-not-option = Elija una de las opciones.
crm-robot-no-properties = Este robot no tiene configuración.
crm-robot-one-per-line = Un valor por línea.
