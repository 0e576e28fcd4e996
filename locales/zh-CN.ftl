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
