# Brazilian Portuguese (pt-BR)

## Telas de carregamento e de erro: antes de um widget ou no lugar dele
loading = Carregando…
not-in-frame-title = Abra este aplicativo no Bitrix24
not-in-frame-text = Esta página é um widget do Bitrix24. Ela funciona dentro do seu portal Bitrix24, que passa a ela o contexto necessário. Abra-a pelo menu do portal, por um cartão do CRM ou por qualquer outro local onde o aplicativo esteja instalado.
not-in-frame-dev-hint = Para desenvolvedores: execute scripts/run.sh para testar todos os widgets no emulador local do portal.
init-timeout-title = O Bitrix24 não está respondendo
init-timeout-text = O portal não enviou o contexto ao widget a tempo. Verifique sua conexão e tente novamente.
malformed-title = Este widget recebeu dados que não consegue ler
malformed-text = O portal abriu o widget com opções em um formato inesperado. Nada foi alterado. Os detalhes abaixo ajudam o desenvolvedor do aplicativo.
unknown-title = Este local ainda não é compatível
unknown-text = O portal abriu o aplicativo em um local que ele não conhece. Veja o que ele recebeu:
crash-title = Algo deu errado
crash-text = O widget encontrou um erro inesperado. Recarregar a página geralmente resolve.
retry = Tentar novamente
reload = Recarregar
placement-code = Local
error = Erro

## Ações comuns a todos os widgets
open = Abrir
details = Detalhes
refresh = Atualizar

## Campos do cartão do CRM e do cartão da tarefa
amount = Valor
responsible = Responsável
created-by = Criado por
contact = Contato
company = Empresa
phone = Telefone
email = E-mail
created = Criado em
modified = Modificado em
start-date = Data de início
close-date = Data de fechamento
deadline = Prazo
project = Projeto
checklist = Lista de verificação
not-set = Não informado
overdue = Atrasada
important = Alta prioridade
closed-item = Fechado

## Estados de carregamento
load-failed = Não foi possível carregar os dados
not-found = Não encontrado ou sem acesso
not-found-text = Ele pode ter sido excluído, ou suas permissões não permitem que você o veja.
path-not-available = O portal não pode abrir esta página aqui.

## Status das tarefas (tasks.task.get status 1–7)
task-new = Nova
task-pending = Pendente
task-in-progress = Em andamento
task-awaiting-review = Aguardando revisão
task-completed = Concluída
task-deferred = Adiada
task-declined = Recusada

## Tipos de entidade do CRM
lead = Lead
deal = Negócio
contact-entity = Contato
company-entity = Empresa
quote = Orçamento
invoice = Fatura
smart-process-item = Elemento do processo inteligente
activity = Atividade
order = Pedido
task = Tarefa

## Cartão de chamada (CALL_CARD)
incoming-call = Chamada recebida
outgoing-call = Chamada realizada
callback = Retorno de chamada
line = Linha
call-idle = aguardando
call-connecting = conectando
call-connected = conectada
no-crm-binding = Quem está ligando ainda não está no CRM.
also-linked = Também vinculado

## Visualização do contexto (locais que ainda não têm widget próprio)
widget-context = Contexto do widget
widget-context-text = O portal abriu o aplicativo aqui com este contexto. Este local mostra o contexto até ganhar o próprio widget.
opened-from = Aberto a partir de
presentation = Exibido como

## Página inicial (DEFAULT, LEFT_MENU)
welcome = Widgets em Rust para Bitrix24
welcome-text = O aplicativo adiciona widgets aos cartões do CRM, às tarefas, ao cartão de chamada e a outros locais do seu portal.
signed-in-as = Conectado como
portal = Portal
language = Idioma
administrator = Administrador

## Controles comuns
toggle-theme = Alternar tema claro/escuro
background-worker = O processo em segundo plano está em execução.

## Cartão da tarefa
checklist-progress = Lista de verificação: { $done } de { $total } concluídos

## Visualização de detalhes
yes = Sim
no = Não

## Setup: the install wizard and the app settings (DEFAULT with INSTALL, view=settings)

setup-area-app = Páginas do próprio aplicativo

setup-area-crm = CRM

setup-area-tasks = Tarefas

setup-area-workgroups = Grupos de trabalho e projetos

setup-area-people = Funcionários

setup-area-calendar = Calendário

setup-area-telephony = Telefonia

setup-area-messenger = Messenger

setup-area-contact-center = Central de contato

setup-area-fields = Campos do CRM

setup-area-sites = Sites e lojas

setup-purpose-app-page = Widgets

setup-purpose-app-page-text = A página do aplicativo: quem você é, seu portal e as configurações do aplicativo.

setup-purpose-app-link = Abrir no Widgets

setup-purpose-app-link-text = Abre o elemento do CRM, a tarefa ou o funcionário indicado por um link para o aplicativo.

setup-purpose-call-watcher = Observador de chamadas

setup-purpose-call-watcher-text = Roda em segundo plano em todas as páginas e acompanha as chamadas para o cartão de chamada.

setup-purpose-entity-overview = Visão geral

setup-purpose-entity-overview-text = O elemento num relance: etapa, valor, pessoas e contatos.

setup-purpose-row-action = Ações do Widgets

setup-purpose-row-action-text = Age sobre as linhas escolhidas na lista.

setup-purpose-list-report = Relatório por etapa

setup-purpose-list-report-text = Quantidade e valor por etapa da lista inteira e a conversão ao longo do funil.

setup-purpose-card-action = Resumo

setup-purpose-card-action-text = O resumo do elemento em um painel deslizante.

setup-purpose-activity = Tarefa a fazer

setup-purpose-activity-text = Um tipo de atividade do CRM que adiciona um item a fazer ao elemento.

setup-purpose-timeline-action = Ações do registro

setup-purpose-timeline-action-text = Trabalha com o registro escolhido da linha do tempo.

setup-purpose-document = Resumo para impressão

setup-purpose-document-text = Cria um documento para impressão do elemento.

setup-purpose-automation-triggers = Gatilhos de automação

setup-purpose-automation-triggers-text = Adiciona os gatilhos do aplicativo ao designer de automação e os testa em um elemento.

setup-purpose-search = Busca do Widgets

setup-purpose-search-text = Encontra elementos do CRM e dados de empresas para a busca e o formulário de dados.

setup-purpose-analytics = Relatório do Widgets

setup-purpose-analytics-text = Um relatório na seção de análises.

setup-purpose-task-summary = Resumo da tarefa

setup-purpose-task-summary-text = A tarefa num relance: status, prazo, pessoas e checklist.

setup-purpose-workload = Carga de trabalho

setup-purpose-workload-text = Um relatório de carga sobre as tarefas de uma pessoa ou de um grupo.

setup-purpose-group-card = Visão do grupo

setup-purpose-group-card-text = Membros, funções e tarefas abertas do grupo de trabalho.

setup-purpose-employee-card = Cartão do funcionário

setup-purpose-employee-card-text = Departamento, supervisor, contatos, negócios e tarefas abertas.

setup-purpose-calendar-view = Agenda

setup-purpose-calendar-view-text = Uma visualização do calendário.

setup-purpose-call-notes = Notas da chamada

setup-purpose-call-notes-text = Notas durante uma chamada, salvas no elemento do CRM do cliente.

setup-purpose-calls-report = Relatório de chamadas

setup-purpose-calls-report-text = Um relatório sobre as chamadas do portal.

setup-purpose-chat-templates = Modelos de resposta

setup-purpose-chat-templates-text = Modelos de resposta acima do campo de entrada do chat.

setup-purpose-chat-context = Contexto do chat

setup-purpose-chat-context-text = O elemento do CRM ou a tarefa a que o chat pertence, na barra lateral.

setup-purpose-message-action = Criar a partir da mensagem

setup-purpose-message-action-text = Transforma uma mensagem em tarefa ou atividade do CRM.

setup-purpose-messenger-page = Widgets

setup-purpose-messenger-page-text = O aplicativo como página dentro do messenger.

setup-purpose-connector-tile = Conector do Widgets

setup-purpose-connector-tile-text = Um bloco da central de contato que abre a configuração do conector.

setup-purpose-connector-settings = Configurações do conector

setup-purpose-connector-settings-text = As configurações do conector de canal aberto do aplicativo.

setup-purpose-rating-field = Avaliação

setup-purpose-rating-field-text = Um tipo de campo do CRM: avaliação com estrelas e uma nota.

setup-purpose-site-settings = Configurações do site

setup-purpose-site-settings-text = As configurações do aplicativo em um site.

setup-purpose-block-settings = Configurações do bloco

setup-purpose-block-settings-text = Configurações dos blocos do aplicativo no editor de sites.

setup-spot-left-menu = Menu à esquerda

setup-spot-app-links = Links para o aplicativo

setup-spot-every-page = Todas as páginas, em segundo plano

setup-spot-card-tab = Aba do cartão

setup-spot-card-activity = Atividade no cartão

setup-spot-card-toolbar = Barra de ferramentas do cartão

setup-spot-card-sidebar = Barra lateral do cartão

setup-spot-card-top-panel = Painel superior do cartão

setup-spot-list-toolbar = Acima da lista

setup-spot-funnels-toolbar = Acima dos funis

setup-spot-list-row-menu = Menu da linha

setup-spot-timeline-menu = Menu do registro da linha do tempo

setup-spot-document-button = Botão Documentos

setup-spot-automation-toolbar = Designer de automação

setup-spot-analytics-menu = Menu de análises

setup-spot-analytics-toolbar = Barra de análises

setup-spot-search = Busca do CRM

setup-spot-details-autocomplete = Formulário de dados da empresa e bancários

setup-spot-profile-menu = Menu do perfil

setup-spot-calendar-view = Visualizações do calendário

setup-spot-call-card = Cartão de chamada

setup-spot-chat-input-panel = Painel acima da entrada do chat

setup-spot-chat-sidebar = Barra lateral do chat

setup-spot-message-menu = Menu da mensagem

setup-spot-mobile-message-menu = Menu da mensagem no aplicativo móvel

setup-spot-messenger-navigation = Navegação do messenger

setup-spot-contact-center-tile = Bloco da central de contato

setup-spot-connector-settings = Configurações do canal aberto

setup-spot-field-type = Tipos de campo do CRM

setup-spot-site-settings = Configurações do site

setup-spot-block-settings = Configurações do bloco no editor de sites

setup-spot-other = Em outro lugar

setup-subject-old-invoice = Fatura (antiga)

setup-subject-workgroup = Grupo de trabalho

setup-subject-employee = Funcionário

setup-title = Instalar o aplicativo

setup-intro = Escolha onde o aplicativo aparece no seu portal. Uma seleção sensata já está feita; você pode alterá-la depois nas configurações do aplicativo.

setup-selected = Selecionados: { $count }

setup-install = Instalar

setup-installed = Instalado

setup-progress = Etapas concluídas: { $done } de { $total }

setup-state-pending = Aguardando

setup-state-running = Em andamento

setup-state-done = Concluído

setup-state-already = Já existe

setup-state-failed = Falhou

setup-state-unknown = Resultado desconhecido

setup-problems-title = Algumas etapas não foram concluídas

setup-problems-text = Todo o resto está pronto. Tente de novo quando a causa for corrigida: só o que ainda falta é enviado.

setup-rechecked-text = O portal não informou se algumas etapas funcionaram, então o aplicativo verificou o portal de novo. O que está na lista ainda falta; nada foi enviado duas vezes.

setup-finishing = Concluindo a instalação…

setup-finished = O aplicativo está instalado. O portal o recarrega agora.

setup-finish-failed = O portal não aceitou o fim da instalação.

setup-nothing-new = Tudo o que você escolheu já está instalado.

setup-not-admin-title = Peça ao seu administrador para instalar o aplicativo

setup-not-admin-text = Só um administrador do Bitrix24 pode instalar este aplicativo e escolher onde ele aparece. Nada foi alterado.

setup-bad-address = O aplicativo está aberto num endereço do qual o portal não pode carregar widgets.

setup-settings-title = Configurações do aplicativo

setup-settings-intro = Onde o aplicativo aparece no seu portal, e suas opções.

setup-read-only = Só um administrador pode alterar estas configurações.

setup-places = Onde o aplicativo aparece

setup-bound = Vinculado

setup-not-bound = Não vinculado

setup-unavailable = Indisponível neste portal

setup-apply = Aplicar alterações

setup-no-changes = Não há nada para alterar.

setup-applied = As alterações foram aplicadas.

setup-app-options = Opções para todos

setup-my-options = Minhas opções

setup-theme = Tema

setup-theme-auto = Como no sistema

setup-theme-light = Claro

setup-theme-dark = Escuro

setup-transport = Conexão REST

setup-transport-bx24 = Pela página do portal

setup-transport-fetch = Requisições diretas

setup-save = Salvar

setup-saved = Salvo.

setup-save-failed = As opções não foram salvas.

home-open-settings = Configurações do aplicativo
## Messenger
im-templates-title = Respostas rápidas
im-template-thanks = Obrigado! Retorno em breve.
im-template-details = Você poderia me enviar os detalhes, por favor?
im-template-call = Vamos conversar sobre isso por telefone. Quando fica bom para você?
im-template-bound = Estamos trabalhando em { $element } e manteremos você informado neste chat.
im-draft-reply = { $name }, obrigado pela sua mensagem: “{ $about }” Vou verificar e responder hoje.
im-draft-reply-anonymous = Obrigado pela sua mensagem: “{ $about }” Vou verificar e responder hoje.
im-draft-button = Redigir uma resposta
im-read-input = Ler o campo de entrada
im-replace-text = Substituir o texto do campo de entrada
im-input-text = Texto no campo de entrada: { $text } (comprimento: { $count })
im-input-empty = O campo de entrada está vazio.
im-inserted = O texto está no campo de entrada.
im-no-textarea = O messenger não respondeu: não há campo de entrada de mensagem aqui.
im-insert-failed = Não foi possível inserir o texto: { $reason }
im-task-ref = Tarefa nº { $id }
im-belongs-to = Vinculado a:
im-ordinary-chat = Este chat não está vinculado a um elemento do CRM nem a uma tarefa.
im-private-chat = Um chat privado: não está vinculado a um elemento do CRM nem a uma tarefa.
im-members = Membros: { $count }
im-online = online
im-write = Escrever
im-call-short = Ligar
im-write-to = Escrever para { $name }
im-call = Ligar para { $name }
im-field-title = Título
im-field-description = Descrição
im-field-deadline = Prazo
im-make-task = Criar tarefa
im-make-activity = Adicionar atividade do CRM
im-title-required = Informe um título.
im-deadline-required = Uma atividade do CRM precisa de um prazo.
im-no-crm-binding = Este chat não está vinculado a um elemento do CRM, então só é possível criar uma tarefa.
im-from-message = Da mensagem de { $author } em “{ $chat }”.
im-task-created = A tarefa nº { $id } foi criada.
im-activity-created = A atividade nº { $id } foi adicionada a { $element }.
im-write-refused = O portal recusou: { $reason }
im-write-unknown = O portal não confirmou a tempo: talvez tenha sido criado. Verifique antes de enviar novamente.
im-check = Verificar
im-check-not-found = Nada foi criado. Você pode enviar novamente.
im-recent-title = Seus chats
im-no-chats = Ainda não há chats.
im-unread = Não lidas: { $count }
im-open-chat = Abrir chat
im-more-chats = Apenas os chats mais recentes são exibidos (até { $count }).
im-smiles-deprecated = Este local está obsoleto
im-smiles-deprecated-text = Desde a versão 25.1600.0 do messenger, os emojis foram substituídos por figurinhas e o portal não abre mais este local. Os conjuntos abaixo ainda são inseridos no campo de entrada onde o portal permite.
im-smiles-faces = Rostos
im-smiles-work = Trabalho
im-smiles-gestures = Gestos

## Telephony
call-note-label = Nota da chamada
call-note-save = Salvar nota
call-note-discard = Descartar
call-note-held = O cartão da chamada fica aberto até você salvar ou descartar a nota.
call-note-saving = Salvando a nota…
call-note-saved = A nota foi salva como atividade nº { $id } em { $element }.
call-note-refused = A nota não foi salva: { $reason }
call-note-unknown = O portal não confirmou a tempo: a nota pode ter sido salva. Verifique a linha do tempo antes de salvar novamente.
call-note-no-target = Vincule a chamada a um elemento do CRM para salvar uma nota.
call-note-title = Nota da chamada: { $phone }
call-note-title-no-phone = Nota da chamada
softphone-waiting = O softphone está aguardando chamadas.
softphone-title = Chamada recebida de { $phone }
softphone-ringing = Chamando…
softphone-connected = Conectado
softphone-on-hold = Em espera
softphone-ended = Chamada encerrada após { $minutes } min { $seconds } s
softphone-missed = Chamada perdida
softphone-finish-failed = Não foi possível encerrar a chamada: { $reason }
softphone-command-failed = O cartão da chamada não aceitou um comando: { $reason }
calls-title = Chamadas dos últimos { $days } dias
calls-total = Chamadas
calls-incoming = Recebidas
calls-outgoing = Realizadas
calls-missed = Perdidas
calls-talk-time = Tempo de conversa
calls-average = Chamada média
calls-duration = { $minutes } min { $seconds } s
calls-per-day = Chamadas por dia
calls-per-user = Por funcionário
calls-employee = Funcionário
calls-loading = Carregando o registro de chamadas… Carregadas: { $rows }
calls-stop = Parar
calls-partial = O carregamento foi interrompido: o relatório inclui apenas as chamadas carregadas até agora.
calls-none = Nenhuma chamada neste período.
calls-day = { $date }: { $answered } atendidas, { $missed } perdidas

## Open lines
connector-title = Conector de canal aberto “{ $name }”
connector-not-registered = O conector do aplicativo não está registrado neste portal. Abra as configurações do aplicativo para registrá-lo.
connector-lines = Canais abertos
connector-setup = Configurar
connector-line-id = Canal aberto nº { $id }
connector-line-inactive = Desativado
connector-active = Ativo
connector-inactive = Inativo
connector-configured = Dados do canal definidos
connector-not-configured = Dados do canal ausentes
connector-error = Erro
connector-ok = Funcionando
connector-works = O conector está funcionando neste canal aberto.
connector-wants-on = Você ativou o conector para este canal aberto: conecte-o para concluir.
connector-wants-off = Você desativou o conector para este canal aberto: desconecte-o para concluir.
connector-channel-name = Nome do canal
connector-default-name = Chat dos widgets Rust
connector-channel-url = Link do chat
connector-connect = Conectar
connector-disconnect = Desconectar
connector-name-required = Informe o nome do canal.
connector-url-invalid = O link do chat deve começar com https:// ou http://.
connector-refused = O portal recusou: { $reason }
connector-unknown = O portal não confirmou a tempo: a alteração pode ter sido aplicada. Verifique o status antes de tentar novamente.
connector-check = Verificar status

## Unsupported spots
spot-hr-title = Salário e férias (RH)
spot-hr-text = O portal abre este painel a partir do menu de salário e férias do módulo de RH. O Bitrix24 não documenta o que passa ao aplicativo aqui, então o aplicativo mostra o que chegou e nada mais.
spot-catalog-title = Catálogo externo de produtos
spot-catalog-text = O seletor de produtos carrega este quadro oculto para pesquisar um catálogo externo. Seus comandos e eventos não são documentados (conhecidos apenas pelo código do portal), então o aplicativo não responde a eles e o seletor continua usando o catálogo do próprio portal.
spot-options = O que o portal enviou
## CRM list report (CRM_*_LIST_TOOLBAR, CRM_ANALYTICS_*, CRM_*FUNNELS_TOOLBAR)

crm-report-title = Relatório por etapa: { $entity }
crm-report-entity = Relatório de
crm-report-counting = Contando: { $done } de { $total }
crm-report-stop = Parar
crm-report-stopped-early = Interrompido antes de contar qualquer item.
crm-report-count-again = Contar novamente
crm-report-partial = Interrompido antes do fim: estes números cobrem { $done } de { $total }.
crm-report-counted = Contados: { $count }
crm-report-empty = Esta lista está vazia.
crm-report-pipeline = Funil
crm-report-total = No total
crm-report-won = Ganhos
crm-report-lost = Perdidos
crm-report-win-rate = Taxa de sucesso
crm-report-percent = { $percent }%
crm-report-reached = { $percent }% chegaram a esta etapa
crm-report-chart = Etapas de { $pipeline }
crm-report-open-hint = Escolha uma etapa para abrir a lista filtrada por ela.

## CRM list row actions (CRM_*_LIST_MENU)

crm-row-actions = Ações rápidas
crm-row-stage = Etapa
crm-row-move = Mover
crm-row-reassign = Alterar responsável
crm-row-pick-user = Escolha o novo responsável
crm-row-saving = Salvando…
crm-row-moved = Movido para “{ $stage }”.
crm-row-reassigned = { $name } agora é o responsável.
crm-row-save-failed = A alteração não foi salva: { $reason }
crm-row-unknown = O portal não confirmou a alteração, então ela pode ou não ter sido salva. O registro foi lido novamente: confira antes de tentar de novo.

## CRM automation triggers (CRM_*_ROBOT_DESIGNER_TOOLBAR)

automation-title = Gatilhos de automação
automation-hint = Coloque um dos gatilhos do aplicativo em uma etapa deste designer: quando o gatilho for acionado em um elemento, o elemento passará para essa etapa.
automation-empty = O aplicativo ainda não tem gatilhos.
automation-admin-only = Só um administrador pode adicionar, excluir ou acionar os gatilhos do aplicativo.
automation-delete = Excluir
automation-delete-label = Excluir “{ $name }”
automation-add-title = Novo gatilho
automation-name = Nome
automation-code = Código
automation-code-hint = Letras latinas minúsculas, dígitos, pontos, hifens e sublinhados. O aplicativo sugere um a partir do nome.
automation-add = Adicionar gatilho
automation-empty-name = Dê um nome ao gatilho.
automation-bad-code = O código só pode conter letras latinas minúsculas, dígitos, pontos, hifens e sublinhados (no máximo 64 caracteres).
automation-taken-code = O aplicativo já tem um gatilho com este código.
automation-added = “{ $name }” agora está entre os gatilhos do designer.
automation-deleted = “{ $name }” foi excluído.
automation-fire-title = Testar um gatilho
automation-fire-trigger = Gatilho
automation-fire-element = ID do elemento
automation-fire-pick = Escolher o elemento
automation-fire = Acionar
automation-bad-id = Digite o ID do elemento, um número inteiro.
automation-picked = Elemento: { $title }
automation-fired = “{ $name }” foi acionado em { $element }.
automation-no-fire = Os elementos deste tipo não executam automação, então não é possível acionar gatilhos neles.
automation-saving = Salvando…
automation-failed = O portal recusou: { $reason }
automation-unknown = O portal não confirmou a operação, então ela pode ou não ter sido realizada. A lista foi lida novamente: confira antes de tentar de novo.

## CRM rating field (USERFIELD_TYPE)

crm-rating-stars = { $stars } de { $max } estrelas
crm-rating-choose = Escolha a avaliação
crm-rating-entry = Avaliação { $number }
crm-rating-note = Observação
crm-rating-note-count = { $used } / { $max }
crm-rating-add = Adicionar avaliação
crm-rating-remove = Remover
crm-rating-required = Este campo é obrigatório: escolha pelo menos uma estrela.
crm-rating-no-stars = Escolha as estrelas da avaliação { $number }.
crm-rating-note-too-long = A observação da avaliação { $number } é longa demais: no máximo { $max } caracteres.
crm-rating-unreadable = Um valor salvo não pode ser exibido ({ $reason }). Salvar o cartão o substitui.
crm-rating-kept = Mantido no cartão: será salvo quando você salvar o cartão.
crm-rating-set-failed = O cartão não aceitou o valor: { $reason }
## Task workload (TASK_USER_LIST_TOOLBAR, TASK_GROUP_LIST_TOOLBAR, TASK_ROBOT_DESIGNER_TOOLBAR)
workload-title = Carga de trabalho: { $name }
workload-title-visible = Carga de trabalho das tarefas que você pode ver
workload-tasks-total = Tarefas na lista: { $total }
workload-progress = Tarefas carregadas: { $loaded } de { $total }
workload-stop = Parar o carregamento
workload-stopped = Carregamento interrompido
workload-partial = O relatório inclui apenas as tarefas carregadas até agora: { $loaded } de { $total }.
workload-load-again = Carregar novamente
workload-open-tasks = Tarefas abertas
workload-due-this-week = Vencem nesta semana
workload-no-deadline = Sem prazo
workload-by-status = Tarefas por status
workload-per-person = Tarefas abertas por responsável
workload-person-load = { $open } (atrasadas: { $overdue })
workload-other-status = Outro status
workload-open-list = Abrir a lista de tarefas
workload-empty = Não há tarefas nesta lista.

## Workgroup card (SONET_GROUP_DETAIL_TAB, SONET_GROUP_TOOLBAR, SONET_GROUP_ROBOT_DESIGNER_TOOLBAR)
group-kind-workgroup = Grupo de trabalho
group-open-to-join = Aberto para participar
group-members = Membros
group-role-owner = Proprietário
group-role-moderator = Moderador
group-role-member = Membro
group-deadlines = Próximos prazos
group-no-deadlines = Nenhuma tarefa aberta deste grupo tem prazo.
group-open-page = Abrir o grupo
group-no-group-title = Nenhum grupo aqui
group-no-group-text = O portal abriu este botão em uma página que não indica nenhum grupo, por isso não há cartão de grupo para mostrar.

## Employee card (USER_PROFILE_TOOLBAR, USER_PROFILE_MENU)
profile-department = Departamento
profile-manager = Gestor
profile-work-phone = Telefone comercial
profile-mobile = Celular
profile-extension = Ramal
profile-online = On-line
profile-dismissed = Desligado
profile-message = Enviar mensagem
profile-call = Ligar
profile-open-profile = Abrir perfil
profile-open-deals = Negócios abertos: { $count }
profile-open-tasks = Tarefas abertas: { $count }
profile-no-deals = Nenhum negócio aberto.
profile-no-tasks = Nenhuma tarefa aberta.
profile-messenger-failed = Não é possível abrir o messenger a partir daqui.

## App links (REST_APP_URI)
link-unknown-title = Este link não indica nada que o aplicativo possa abrir
link-unknown-text = O aplicativo abre links cujos parâmetros indicam um elemento do CRM (entityTypeId e id, ou deal, lead, contact, company, quote, invoice), uma tarefa (task) ou um colaborador (user). Este link trouxe:
link-no-params = O link não trouxe nenhum parâmetro.

## Calendar view (CALENDAR_GRIDVIEW)
calendar-range = { $from } – { $to }
calendar-events-count = Eventos neste período: { $count }
calendar-previous = Período anterior
calendar-next = Próximo período
calendar-add = Novo evento
calendar-all-day = Dia inteiro
calendar-edit = Editar
calendar-delete = Excluir
calendar-edit-event = Editar “{ $name }”
calendar-delete-event = Excluir “{ $name }”
calendar-no-events = Nenhum evento
calendar-not-found = O calendário não encontrou este evento. Atualize a visualização e tente novamente.

## Sites
landing-site-settings = Configurações do site
landing-page = Página: { $page }
landing-site-title = Título do site
landing-site-description = Descrição
landing-save = Salvar
landing-site-saved = As configurações do site foram salvas.
landing-title-required = Informe o título do site.
landing-refused = O portal recusou: { $reason }
landing-unknown = O portal não confirmou a tempo: a alteração pode ter sido salva. Recarregue a página antes de salvar novamente.
landing-block-settings = Textos do bloco
landing-block-hint = Preencha os textos que deseja alterar; os campos vazios ficam como estão no editor.
landing-no-text-nodes = Este bloco não tem textos para alterar aqui.
landing-nothing-to-save = Preencha pelo menos um texto.
landing-block-saved = O bloco foi atualizado e recarregado no editor.
landing-block-saved-no-refresh = O bloco foi atualizado, mas o editor não o recarregou: { $reason }
## CRM work
crm-todo-title = Nova tarefa
crm-todo-for = Para { $title }
crm-todo-heading = Nova tarefa para “{ $title }”
crm-todo-text = O que fazer
crm-todo-text-placeholder = Por exemplo: retornar a ligação sobre a proposta
crm-todo-deadline = Prazo
crm-todo-due = Vencimento
crm-todo-due-today = Hoje, 18:00
crm-todo-due-tomorrow = Amanhã, 10:00
crm-todo-due-three-days = Em 3 dias
crm-todo-due-week = Em uma semana
crm-todo-responsible = Responsável
crm-todo-me = Você
crm-todo-choose-user = Escolher
crm-todo-create = Criar tarefa
crm-todo-create-again = Criar mesmo assim
crm-todo-cancel = Cancelar
crm-todo-saving = Criando a tarefa…
crm-todo-created = Tarefa criada: { $text }
crm-todo-failed-title = A tarefa não foi criada
crm-todo-failed = A tarefa não foi criada: { $reason }
crm-todo-unknown-title = Não confirmado
crm-todo-unknown = O portal não confirmou a tarefa, então ela pode ter sido criada. Confira as tarefas abertas antes de criá-la de novo.
crm-todo-open = Tarefas abertas: { $count }
crm-todo-open-none = Ainda não há tarefas abertas.
crm-todo-empty-text = Escreva o que precisa ser feito.
crm-todo-bad-deadline = Escolha data e hora.
crm-todo-driver-loading = Preparando o formulário…
crm-todo-driver-ready = O formulário está exibido.
crm-todo-load-failed = Não foi possível carregar o item: { $reason }
crm-todo-layout-refused = O portal não conseguiu exibir o formulário.
crm-record-paid = Pago
crm-record-unpaid = Não pago
crm-record-canceled = Cancelado
crm-record-status = Status: { $code }
crm-record-done = Concluída
crm-record-open = Pendente
crm-record-incoming = Recebida
crm-record-outgoing = Enviada
crm-record-meeting = Reunião
crm-record-call = Ligação
crm-record-task = Tarefa
crm-record-email = E-mail
crm-record-todo = Tarefa
crm-record-billed = Emitida
crm-record-pay-before = Pagar até
crm-record-starts = Início
crm-record-order-title = Pedido { $number }
crm-record-belongs-to = Pertence a
crm-record-items = Itens
crm-record-line = { $quantity } × { $price }
crm-search-running = Pesquisando…
crm-search-found = Resultados enviados ao formulário: { $count }
crm-search-failed = A pesquisa falhou: { $reason }
crm-search-picked = O resultado escolhido foi preenchido no formulário.
crm-search-unknown-pick = A opção escolhida não veio deste aplicativo.
crm-doc-title = Proposta comercial
crm-doc-number = Nº { $number }
crm-doc-issued = Data
crm-doc-subject = Referente a
crm-doc-client = Cliente
crm-doc-stage = Etapa
crm-doc-prepared-by = Preparado por
crm-doc-note = Esta proposta é válida por 14 dias a partir da data acima.
crm-doc-print = Imprimir
crm-doc-download = Baixar
crm-doc-downloaded = Salvo como { $file }.
crm-doc-download-failed = Não foi possível salvar o arquivo.
crm-doc-print-failed = O navegador não conseguiu imprimir a página.
crm-record-mark-done = Marcar como concluída
crm-record-done-failed = Não foi possível marcar como concluída: { $reason }
crm-record-done-unknown = O portal não confirmou a alteração. O cartão foi lido novamente: confira antes de tentar de novo.
crm-robot-title = Configurações do robô
crm-robot-hint = As alterações vão direto para o formulário do robô; salve o robô para mantê-las.
crm-robot-sent = Enviado ao formulário do robô: { $name }
crm-robot-required = Preencha este campo.
crm-robot-not-integer = Digite um número inteiro.
crm-robot-not-number = Digite um número.
crm-robot-not-date = Digite uma data.
crm-robot-not-option = Escolha uma das opções.
crm-robot-no-properties = Este robô não tem configurações.
crm-robot-one-per-line = Um valor por linha.
