# Simplified Chinese (zh-CN)

## 加载和错误页面：在小部件之前显示或代替小部件显示
loading = 正在加载…
not-in-frame-title = 请在 Bitrix24 中打开此应用
not-in-frame-text = 此页面是一个 Bitrix24 小部件，需要在您的 Bitrix24 门户中运行，由门户向其传递所需的上下文。请从门户菜单、CRM 卡片或已安装此应用的其他位置打开它。
not-in-frame-dev-hint = 开发者：运行 scripts/run.sh，即可在本地门户模拟器中试用所有小部件。
init-timeout-title = Bitrix24 无响应
init-timeout-text = 门户未能及时向小部件发送上下文。请检查网络连接后重试。
malformed-title = 此小部件收到了无法读取的数据
malformed-text = 门户打开小部件时传入的参数格式异常。未做任何更改。以下详细信息可供应用开发者参考。
unknown-title = 暂不支持此位置
unknown-text = 门户在应用无法识别的位置打开了它。收到的内容如下：
crash-title = 出现问题
crash-text = 小部件遇到意外错误。通常重新加载即可解决。
retry = 重试
reload = 重新加载
placement-code = 嵌入位置
error = 错误

## 所有小部件通用的操作
open = 打开
details = 详情
refresh = 刷新

## CRM 卡片和任务卡片的字段
amount = 金额
responsible = 负责人
created-by = 创建者
contact = 联系人
company = 公司
phone = 电话
email = 电子邮件
created = 创建时间
modified = 修改时间
start-date = 开始日期
close-date = 结束日期
deadline = 截止日期
project = 项目
checklist = 检查清单
not-set = 未设置
overdue = 已逾期
important = 高优先级
closed-item = 已关闭

## 加载状态
load-failed = 无法加载数据
not-found = 未找到或无访问权限
not-found-text = 它可能已被删除，或者您的权限不允许查看。
path-not-available = 门户无法在此处打开该页面。

## 任务状态（tasks.task.get status 1–7）
task-new = 新建
task-pending = 待处理
task-in-progress = 进行中
task-awaiting-review = 待审核
task-completed = 已完成
task-deferred = 已推迟
task-declined = 已拒绝

## CRM 实体类型
lead = 线索
deal = 交易
contact-entity = 联系人
company-entity = 公司
quote = 报价
invoice = 发票
smart-process-item = 智能流程项
activity = 活动
order = 订单
task = 任务

## 通话卡片（CALL_CARD）
incoming-call = 来电
outgoing-call = 去电
callback = 回拨
line = 线路
call-idle = 等待中
call-connecting = 正在连接
call-connected = 已接通
no-crm-binding = 来电者尚未录入 CRM。
also-linked = 其他关联

## 上下文视图（尚无专属小部件的位置）
widget-context = 小部件上下文
widget-context-text = 门户以此上下文在这里打开了应用。在此位置的专属小部件完成之前，这里会显示其上下文。
opened-from = 打开来源
presentation = 显示方式

## 主页（DEFAULT, LEFT_MENU）
welcome = 适用于 Bitrix24 的 Rust 小部件
welcome-text = 此应用可在 CRM 卡片、任务、通话卡片以及门户的其他位置添加小部件。
signed-in-as = 当前登录用户
portal = 门户
language = 语言
administrator = 管理员

## 通用控件
toggle-theme = 切换浅色/深色主题
background-worker = 后台进程正在运行。

## 任务卡片
checklist-progress = 检查清单：已完成 { $done }/{ $total }

## 详情视图
yes = 是
no = 否

## Setup: the install wizard and the app settings (DEFAULT with INSTALL, view=settings)

setup-area-app = 应用自己的页面

setup-area-crm = CRM

setup-area-tasks = 任务

setup-area-workgroups = 工作组和项目

setup-area-people = 员工

setup-area-calendar = 日历

setup-area-telephony = 电话

setup-area-messenger = 即时通讯

setup-area-contact-center = 联络中心

setup-area-fields = CRM 字段

setup-area-sites = 网站和商店

setup-purpose-app-page = Widgets

setup-purpose-app-page-text = 应用自己的页面：你是谁、你的门户以及应用设置。

setup-purpose-app-link = 在 Widgets 中打开

setup-purpose-app-link-text = 打开指向应用的链接所指的 CRM 元素、任务或员工。

setup-purpose-call-watcher = 通话监视器

setup-purpose-call-watcher-text = 在每个页面后台运行，为通话卡片跟踪通话。

setup-purpose-entity-overview = 概览

setup-purpose-entity-overview-text = 一眼看清元素：阶段、金额、相关人员和联系方式。

setup-purpose-row-action = Widgets 操作

setup-purpose-row-action-text = 对列表中选中的行执行操作。

setup-purpose-list-report = 阶段报告

setup-purpose-list-report-text = 整个列表每个阶段的数量和金额，以及漏斗转化率。

setup-purpose-card-action = 摘要

setup-purpose-card-action-text = 在滑动面板中显示元素摘要。

setup-purpose-activity = 待办

setup-purpose-activity-text = 为元素添加待办事项的 CRM 活动类型。

setup-purpose-timeline-action = 记录操作

setup-purpose-timeline-action-text = 处理选中的时间线记录。

setup-purpose-document = 可打印摘要

setup-purpose-document-text = 为元素生成可打印的文档。

setup-purpose-automation-triggers = 自动化触发器

setup-purpose-automation-triggers-text = 将应用的触发器添加到自动化设计器，并在元素上试用。

setup-purpose-search = Widgets 搜索

setup-purpose-search-text = 为搜索和详细信息表单查找 CRM 元素和公司信息。

setup-purpose-analytics = Widgets 报告

setup-purpose-analytics-text = 分析部分中的报告。

setup-purpose-task-summary = 任务摘要

setup-purpose-task-summary-text = 一眼看清任务：状态、截止日期、相关人员和检查清单。

setup-purpose-workload = 工作量

setup-purpose-workload-text = 某个人或某个工作组任务的工作量报告。

setup-purpose-group-card = 工作组概览

setup-purpose-group-card-text = 工作组的成员、角色和未完成的任务。

setup-purpose-employee-card = 员工卡片

setup-purpose-employee-card-text = 部门、上级、联系方式、进行中的交易和任务。

setup-purpose-calendar-view = 日程

setup-purpose-calendar-view-text = 日历的一种视图。

setup-purpose-call-notes = 通话笔记

setup-purpose-call-notes-text = 通话期间的笔记，保存在客户的 CRM 元素中。

setup-purpose-calls-report = 通话报告

setup-purpose-calls-report-text = 关于门户通话的报告。

setup-purpose-chat-templates = 回复模板

setup-purpose-chat-templates-text = 聊天输入框上方的回复模板。

setup-purpose-chat-context = 聊天上下文

setup-purpose-chat-context-text = 在侧边栏中显示聊天所属的 CRM 元素或任务。

setup-purpose-message-action = 从消息创建

setup-purpose-message-action-text = 将消息转为任务或 CRM 活动。

setup-purpose-messenger-page = Widgets

setup-purpose-messenger-page-text = 作为即时通讯中的页面的应用。

setup-purpose-connector-tile = Widgets 连接器

setup-purpose-connector-tile-text = 打开连接器设置的联络中心磁贴。

setup-purpose-connector-settings = 连接器设置

setup-purpose-connector-settings-text = 应用开放渠道连接器的设置。

setup-purpose-rating-field = 评分

setup-purpose-rating-field-text = 一种 CRM 字段类型：带备注的星级评分。

setup-purpose-site-settings = 网站设置

setup-purpose-site-settings-text = 应用在网站上的设置。

setup-purpose-block-settings = 区块设置

setup-purpose-block-settings-text = 网站编辑器中应用区块的设置。

setup-spot-left-menu = 左侧菜单

setup-spot-app-links = 指向应用的链接

setup-spot-every-page = 每个页面（后台）

setup-spot-card-tab = 卡片标签页

setup-spot-card-activity = 卡片中的活动

setup-spot-card-toolbar = 卡片工具栏

setup-spot-card-sidebar = 卡片侧边栏

setup-spot-card-top-panel = 卡片顶部面板

setup-spot-list-toolbar = 列表上方

setup-spot-funnels-toolbar = 漏斗上方

setup-spot-list-row-menu = 列表行菜单

setup-spot-timeline-menu = 时间线记录菜单

setup-spot-document-button = “文档”按钮

setup-spot-automation-toolbar = 自动化设计器

setup-spot-analytics-menu = 分析菜单

setup-spot-analytics-toolbar = 分析工具栏

setup-spot-search = CRM 搜索

setup-spot-details-autocomplete = 公司和银行信息表单

setup-spot-profile-menu = 个人资料菜单

setup-spot-calendar-view = 日历视图

setup-spot-call-card = 通话卡片

setup-spot-chat-input-panel = 聊天输入框上方的面板

setup-spot-chat-sidebar = 聊天侧边栏

setup-spot-message-menu = 消息菜单

setup-spot-mobile-message-menu = 移动应用中的消息菜单

setup-spot-messenger-navigation = 即时通讯导航

setup-spot-contact-center-tile = 联络中心磁贴

setup-spot-connector-settings = 开放渠道设置

setup-spot-field-type = CRM 字段类型

setup-spot-site-settings = 网站设置

setup-spot-block-settings = 网站编辑器中的区块设置

setup-spot-other = 其他位置

setup-subject-old-invoice = 发票（旧版）

setup-subject-workgroup = 工作组

setup-subject-employee = 员工

setup-title = 安装应用

setup-intro = 选择应用在门户中出现的位置。已预先选好一组合适的选项；以后可在应用设置中更改。

setup-selected = 已选择：{ $count }

setup-install = 安装

setup-installed = 已安装

setup-progress = 已完成步骤：{ $done } / { $total }

setup-state-pending = 等待中

setup-state-running = 进行中

setup-state-done = 完成

setup-state-already = 已存在

setup-state-failed = 失败

setup-state-unknown = 结果未知

setup-problems-title = 部分步骤未完成

setup-problems-text = 其余都已就绪。解决原因后重试：只会发送仍缺少的内容。

setup-rechecked-text = 门户没有说明部分步骤是否成功，因此应用重新检查了门户。列出的是仍缺少的内容；没有任何内容被重复发送。

setup-finishing = 正在完成安装…

setup-finished = 应用已安装。门户正在重新加载它。

setup-finish-failed = 门户未接受安装的完成。

setup-nothing-new = 你选择的内容都已安装。

setup-not-admin-title = 请联系管理员安装此应用

setup-not-admin-text = 只有 Bitrix24 管理员才能安装此应用并选择它出现的位置。没有做任何更改。

setup-bad-address = 应用打开的地址无法被门户用来加载小组件。

setup-settings-title = 应用设置

setup-settings-intro = 应用在门户中出现的位置及其选项。

setup-read-only = 只有管理员可以更改这些设置。

setup-places = 应用出现的位置

setup-bound = 已绑定

setup-not-bound = 未绑定

setup-unavailable = 此门户不可用

setup-apply = 应用更改

setup-no-changes = 没有需要更改的内容。

setup-applied = 更改已应用。

setup-app-options = 所有人的选项

setup-my-options = 我的选项

setup-theme = 主题

setup-theme-auto = 跟随系统

setup-theme-light = 浅色

setup-theme-dark = 深色

setup-transport = REST 连接

setup-transport-bx24 = 通过门户页面

setup-transport-fetch = 直接请求

setup-save = 保存

setup-saved = 已保存。

setup-save-failed = 选项未保存。

home-open-settings = 应用设置
## Messenger
im-templates-title = 快速回复
im-template-thanks = 谢谢！我会尽快回复您。
im-template-details = 能请您把详细信息发给我吗？
im-template-call = 我们电话里聊聊吧。您什么时候方便？
im-template-bound = 我们正在处理{ $element }，会在此聊天中随时告知进展。
im-draft-reply = { $name }，感谢您的消息：“{ $about }”我会查看并在今天回复。
im-draft-reply-anonymous = 感谢您的消息：“{ $about }”我会查看并在今天回复。
im-draft-button = 起草回复
im-read-input = 读取输入框
im-replace-text = 替换输入框中的文本
im-input-text = 输入框中的文本：{ $text }（长度：{ $count }）
im-input-empty = 消息输入框为空。
im-inserted = 文本已放入消息输入框。
im-no-textarea = 消息没有响应：这里没有消息输入框。
im-insert-failed = 无法插入文本：{ $reason }
im-task-ref = 任务 #{ $id }
im-belongs-to = 所属：
im-ordinary-chat = 此聊天未关联任何 CRM 元素或任务。
im-private-chat = 私人聊天：未关联任何 CRM 元素或任务。
im-members = 成员：{ $count }
im-online = 在线
im-write = 发消息
im-call-short = 呼叫
im-write-to = 给{ $name }发消息
im-call = 呼叫{ $name }
im-field-title = 标题
im-field-description = 描述
im-field-deadline = 截止日期
im-make-task = 创建任务
im-make-activity = 添加 CRM 活动
im-title-required = 请输入标题。
im-deadline-required = CRM 活动需要截止日期。
im-no-crm-binding = 此聊天未关联 CRM 元素，因此只能创建任务。
im-from-message = 来自{ $author }在“{ $chat }”中的消息。
im-task-created = 任务 #{ $id } 已创建。
im-activity-created = 活动 #{ $id } 已添加到{ $element }。
im-write-refused = 门户拒绝了：{ $reason }
im-write-unknown = 门户未及时确认：可能已经创建。再次发送前请先检查。
im-check = 检查
im-check-not-found = 没有创建任何内容。您可以再次发送。
im-recent-title = 您的聊天
im-no-chats = 还没有聊天。
im-unread = 未读：{ $count }
im-open-chat = 打开聊天
im-more-chats = 仅显示最近的聊天（最多 { $count } 个）。
im-smiles-deprecated = 此位置已弃用
im-smiles-deprecated-text = 自消息 25.1600.0 版本起，表情符号已被贴纸取代，门户不再打开此位置。在门户允许的地方，下面的表情组仍会插入消息输入框。
im-smiles-faces = 表情
im-smiles-work = 工作
im-smiles-gestures = 手势

## Telephony
call-note-label = 通话备注
call-note-save = 保存备注
call-note-discard = 放弃
call-note-held = 在您保存或放弃备注之前，通话卡片会保持打开。
call-note-saving = 正在保存备注…
call-note-saved = 备注已保存为{ $element }上的活动 #{ $id }。
call-note-refused = 备注未保存：{ $reason }
call-note-unknown = 门户未及时确认：备注可能已保存。再次保存前请先查看时间线。
call-note-no-target = 请先将通话关联到 CRM 元素，才能保存备注。
call-note-title = 通话备注：{ $phone }
call-note-title-no-phone = 通话备注
softphone-waiting = 软电话正在等待来电。
softphone-title = 来自 { $phone } 的来电
softphone-ringing = 正在振铃…
softphone-connected = 已接通
softphone-on-hold = 保持中
softphone-ended = 通话在 { $minutes } 分 { $seconds } 秒后结束
softphone-missed = 未接来电
softphone-finish-failed = 无法结束通话：{ $reason }
softphone-command-failed = 通话卡片未接受命令：{ $reason }
calls-title = 最近 { $days } 天的通话
calls-total = 通话
calls-incoming = 呼入
calls-outgoing = 呼出
calls-missed = 未接
calls-talk-time = 通话时长
calls-average = 平均通话
calls-duration = { $minutes } 分 { $seconds } 秒
calls-per-day = 每日通话
calls-per-user = 按员工
calls-employee = 员工
calls-loading = 正在加载通话记录… 已加载：{ $rows }
calls-stop = 停止
calls-partial = 加载已停止：报告仅包含已加载的通话。
calls-none = 此期间没有通话。
calls-day = { $date }：接听 { $answered }，未接 { $missed }

## Open lines
connector-title = 开放渠道连接器“{ $name }”
connector-not-registered = 此门户上未注册应用的连接器。请打开应用设置进行注册。
connector-lines = 开放渠道
connector-setup = 设置
connector-line-id = 开放渠道 #{ $id }
connector-line-inactive = 已关闭
connector-active = 已启用
connector-inactive = 未启用
connector-configured = 已设置渠道数据
connector-not-configured = 未设置渠道数据
connector-error = 错误
connector-ok = 正常运行
connector-works = 连接器正在此开放渠道上运行。
connector-wants-on = 您已为此开放渠道启用连接器：请连接以完成。
connector-wants-off = 您已为此开放渠道关闭连接器：请断开以完成。
connector-channel-name = 渠道名称
connector-default-name = Rust 小部件聊天
connector-channel-url = 聊天链接
connector-connect = 连接
connector-disconnect = 断开
connector-name-required = 请输入渠道名称。
connector-url-invalid = 聊天链接必须以 https:// 或 http:// 开头。
connector-refused = 门户拒绝了：{ $reason }
connector-unknown = 门户未及时确认：更改可能已生效。重试前请先检查状态。
connector-check = 检查状态

## Unsupported spots
spot-hr-title = 工资与假期（HR）
spot-hr-text = 门户从 HR 模块的工资与假期菜单打开此滑动面板。Bitrix24 没有说明在这里向应用传递什么，因此应用只显示收到的内容，不做更多。
spot-catalog-title = 外部产品目录
spot-catalog-text = 产品选择器加载这个隐藏框架来搜索外部目录。它的命令和事件没有文档（只能从门户代码中得知），因此应用不响应它们，选择器继续使用门户自己的目录。
spot-options = 门户发送的内容
## CRM list report (CRM_*_LIST_TOOLBAR, CRM_ANALYTICS_*, CRM_*FUNNELS_TOOLBAR)

crm-report-title = 阶段报告：{ $entity }
crm-report-entity = 报告对象
crm-report-counting = 正在统计：{ $done } / { $total }
crm-report-stop = 停止
crm-report-stopped-early = 在统计开始前已停止。
crm-report-count-again = 重新统计
crm-report-partial = 已提前停止：这些数字涵盖 { $total } 中的 { $done }。
crm-report-counted = 已统计：{ $count }
crm-report-empty = 此列表为空。
crm-report-pipeline = 漏斗
crm-report-total = 总计
crm-report-won = 成功
crm-report-lost = 失败
crm-report-win-rate = 成功率
crm-report-percent = { $percent }%
crm-report-reached = { $percent }% 到达此阶段
crm-report-chart = { $pipeline } 的阶段
crm-report-open-hint = 选择一个阶段，打开按该阶段筛选的列表。

## CRM list row actions (CRM_*_LIST_MENU)

crm-row-actions = 快捷操作
crm-row-stage = 阶段
crm-row-move = 移动
crm-row-reassign = 更换负责人
crm-row-pick-user = 选择新的负责人
crm-row-saving = 正在保存…
crm-row-moved = 已移至“{ $stage }”。
crm-row-reassigned = 现在的负责人是 { $name }。
crm-row-save-failed = 更改未保存：{ $reason }
crm-row-unknown = 门户未确认此更改，因此可能已保存，也可能未保存。已重新读取该行：请先检查再重试。

## CRM automation triggers (CRM_*_ROBOT_DESIGNER_TOOLBAR)

automation-title = 自动化触发器
automation-hint = 在此设计器中将应用的某个触发器放到一个阶段上：当触发器在某个元素上触发时，该元素会移至该阶段。
automation-empty = 此应用还没有触发器。
automation-admin-only = 只有管理员可以添加、删除或触发应用的触发器。
automation-delete = 删除
automation-delete-label = 删除“{ $name }”
automation-add-title = 新触发器
automation-name = 名称
automation-code = 代码
automation-code-hint = 小写拉丁字母、数字、点、连字符和下划线。应用会根据名称建议一个代码。
automation-add = 添加触发器
automation-empty-name = 请为触发器命名。
automation-bad-code = 代码只能包含小写拉丁字母、数字、点、连字符和下划线（最多 64 个字符）。
automation-taken-code = 此应用已有使用该代码的触发器。
automation-added = “{ $name }”现已加入设计器的触发器。
automation-deleted = 已删除“{ $name }”。
automation-fire-title = 试用触发器
automation-fire-trigger = 触发器
automation-fire-element = 元素 ID
automation-fire-pick = 选择元素
automation-fire = 触发
automation-bad-id = 请输入元素的 ID（整数）。
automation-picked = 元素：{ $title }
automation-fired = 已在{ $element }上触发“{ $name }”。
automation-no-fire = 此类型的元素不运行自动化，因此无法在其上触发触发器。
automation-saving = 正在保存…
automation-failed = 门户拒绝了此操作：{ $reason }
automation-unknown = 门户未确认此操作，因此可能已执行，也可能未执行。已重新读取列表：请先检查再重试。

## CRM rating field (USERFIELD_TYPE)

crm-rating-stars = { $stars } / { $max } 星
crm-rating-choose = 选择评分
crm-rating-entry = 评分 { $number }
crm-rating-note = 备注
crm-rating-note-count = { $used } / { $max }
crm-rating-add = 添加评分
crm-rating-remove = 移除
crm-rating-required = 此字段为必填项：请至少选择一颗星。
crm-rating-no-stars = 请为评分 { $number } 选择星级。
crm-rating-note-too-long = 评分 { $number } 的备注过长：最多 { $max } 个字符。
crm-rating-unreadable = 无法显示已保存的值（{ $reason }）。保存卡片时将替换它。
crm-rating-kept = 已填入卡片：保存卡片时一并保存。
crm-rating-set-failed = 卡片未接受该值：{ $reason }
## Task workload (TASK_USER_LIST_TOOLBAR, TASK_GROUP_LIST_TOOLBAR, TASK_ROBOT_DESIGNER_TOOLBAR)
workload-title = 工作量：{ $name }
workload-title-visible = 您可查看的任务的工作量
workload-tasks-total = 列表中的任务：{ $total }
workload-progress = 已加载任务：{ $loaded } / { $total }
workload-stop = 停止加载
workload-stopped = 已停止加载
workload-partial = 报告仅包含目前已加载的任务：{ $loaded } / { $total }。
workload-load-again = 重新加载
workload-open-tasks = 未完成的任务
workload-due-this-week = 本周到期
workload-no-deadline = 无截止日期
workload-by-status = 按状态统计的任务
workload-per-person = 按负责人统计的未完成任务
workload-person-load = { $open }（逾期：{ $overdue }）
workload-other-status = 其他状态
workload-open-list = 打开任务列表
workload-empty = 此列表中没有任务。

## Workgroup card (SONET_GROUP_DETAIL_TAB, SONET_GROUP_TOOLBAR, SONET_GROUP_ROBOT_DESIGNER_TOOLBAR)
group-kind-workgroup = 工作组
group-open-to-join = 可自由加入
group-members = 成员
group-role-owner = 所有者
group-role-moderator = 管理员
group-role-member = 成员
group-deadlines = 即将到期
group-no-deadlines = 此群组的未完成任务都没有截止日期。
group-open-page = 打开群组
group-no-group-title = 此处没有群组
group-no-group-text = 门户在未指定群组的页面上打开了此按钮，因此没有可显示的群组卡片。

## Employee card (USER_PROFILE_TOOLBAR, USER_PROFILE_MENU)
profile-department = 部门
profile-manager = 上级
profile-work-phone = 工作电话
profile-mobile = 手机
profile-extension = 分机号
profile-online = 在线
profile-dismissed = 已离职
profile-message = 发送消息
profile-call = 通话
profile-open-profile = 打开个人资料
profile-open-deals = 进行中的交易：{ $count }
profile-open-tasks = 未完成的任务：{ $count }
profile-no-deals = 没有进行中的交易。
profile-no-tasks = 没有未完成的任务。
profile-messenger-failed = 无法从此处打开即时通讯。

## App links (REST_APP_URI)
link-unknown-title = 此链接未指向应用可以打开的内容
link-unknown-text = 应用可以打开参数指向 CRM 项目（entityTypeId 和 id，或 deal、lead、contact、company、quote、invoice）、任务（task）或员工（user）的链接。此链接带来的内容：
link-no-params = 此链接没有带任何参数。

## Calendar view (CALENDAR_GRIDVIEW)
calendar-range = { $from } – { $to }
calendar-events-count = 此期间的事件：{ $count }
calendar-previous = 上一时段
calendar-next = 下一时段
calendar-add = 新建事件
calendar-all-day = 全天
calendar-edit = 编辑
calendar-delete = 删除
calendar-edit-event = 编辑“{ $name }”
calendar-delete-event = 删除“{ $name }”
calendar-no-events = 没有事件
calendar-not-found = 日历找不到此事件。请刷新视图后重试。

## Sites
landing-site-settings = 网站设置
landing-page = 页面：{ $page }
landing-site-title = 网站标题
landing-site-description = 描述
landing-save = 保存
landing-site-saved = 网站设置已保存。
landing-title-required = 请输入网站标题。
landing-refused = 门户拒绝了：{ $reason }
landing-unknown = 门户未及时确认：更改可能已保存。再次保存前请刷新页面。
landing-block-settings = 区块文本
landing-block-hint = 填写要更改的文本；留空的字段保持编辑器中的原样。
landing-no-text-nodes = 此区块没有可在此更改的文本。
landing-nothing-to-save = 请至少填写一项文本。
landing-block-saved = 区块已更新，并已在编辑器中重新加载。
landing-block-saved-no-refresh = 区块已更新，但编辑器未重新加载：{ $reason }
## CRM work
crm-todo-title = 新待办事项
crm-todo-for = 关于：{ $title }
crm-todo-heading = 为“{ $title }”新建待办
crm-todo-text = 待办内容
crm-todo-text-placeholder = 例如：就报价回电
crm-todo-deadline = 截止时间
crm-todo-due = 到期
crm-todo-due-today = 今天 18:00
crm-todo-due-tomorrow = 明天 10:00
crm-todo-due-three-days = 3 天后
crm-todo-due-week = 一周后
crm-todo-responsible = 负责人
crm-todo-me = 你
crm-todo-choose-user = 选择
crm-todo-create = 创建待办
crm-todo-create-again = 仍然创建
crm-todo-cancel = 取消
crm-todo-saving = 正在创建待办…
crm-todo-created = 已创建待办：{ $text }
crm-todo-failed-title = 未创建待办
crm-todo-failed = 未创建待办：{ $reason }
crm-todo-unknown-title = 未确认
crm-todo-unknown = 门户未确认该待办，它可能已经创建。再次创建前请先查看未完成的待办。
crm-todo-open = 未完成的待办：{ $count }
crm-todo-open-none = 暂无未完成的待办。
crm-todo-empty-text = 请填写需要做的事。
crm-todo-bad-deadline = 请选择日期和时间。
crm-todo-driver-loading = 正在准备待办表单…
crm-todo-driver-ready = 待办表单已显示。
crm-todo-load-failed = 无法加载该项：{ $reason }
crm-todo-layout-refused = 门户无法显示待办表单。
crm-record-paid = 已付款
crm-record-unpaid = 未付款
crm-record-canceled = 已取消
crm-record-status = 状态：{ $code }
crm-record-done = 已完成
crm-record-open = 待办
crm-record-incoming = 呼入
crm-record-outgoing = 呼出
crm-record-meeting = 会议
crm-record-call = 通话
crm-record-task = 任务
crm-record-email = 邮件
crm-record-todo = 待办事项
crm-record-billed = 开具日期
crm-record-pay-before = 付款截止
crm-record-starts = 开始
crm-record-order-title = 订单 { $number }
crm-record-belongs-to = 所属
crm-record-items = 商品
crm-record-line = { $quantity } × { $price }
crm-search-running = 正在搜索…
crm-search-found = 已发送到表单的结果：{ $count }
crm-search-failed = 搜索失败：{ $reason }
crm-search-picked = 已将所选结果填入表单。
crm-search-unknown-pick = 所选选项并非来自此应用。
crm-doc-title = 商业报价
crm-doc-number = 编号 { $number }
crm-doc-issued = 日期
crm-doc-subject = 事由
crm-doc-client = 客户
crm-doc-stage = 阶段
crm-doc-prepared-by = 编制人
crm-doc-note = 本报价自上述日期起 14 天内有效。
crm-doc-print = 打印
crm-doc-download = 下载
crm-doc-downloaded = 已保存为 { $file }。
crm-doc-download-failed = 无法保存文件。
crm-doc-print-failed = 浏览器无法打印此页面。
crm-record-mark-done = 标记为已完成
crm-record-done-failed = 无法标记为已完成：{ $reason }
crm-record-done-unknown = 门户未确认此更改。已重新读取卡片：请先检查再重试。
crm-robot-title = 机器人设置
crm-robot-hint = 更改会立即写入机器人表单；保存机器人后才会生效。
crm-robot-sent = 已发送到机器人表单：{ $name }
crm-robot-required = 请填写此字段。
crm-robot-not-integer = 请输入整数。
crm-robot-not-number = 请输入数字。
crm-robot-not-date = 请输入日期。
crm-robot-not-option = 请选择一个选项。
crm-robot-no-properties = 此机器人没有设置项。
crm-robot-one-per-line = 每行一个值。
