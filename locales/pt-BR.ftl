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
