# Traditional Chinese (zh-TW)

## 載入與錯誤畫面：在小工具之前顯示或取代小工具顯示
loading = 載入中…
not-in-frame-title = 請在 Bitrix24 中開啟此應用程式
not-in-frame-text = 此頁面是 Bitrix24 小工具，需在您的 Bitrix24 入口網站中執行，並由入口網站傳遞所需的情境資訊。請從入口網站選單、CRM 卡片或其他已安裝此應用程式的位置開啟。
not-in-frame-dev-hint = 開發人員：執行 scripts/run.sh，即可在本機入口網站模擬器中試用所有小工具。
init-timeout-title = Bitrix24 沒有回應
init-timeout-text = 入口網站未及時將情境資訊傳送給小工具。請檢查網路連線後再試一次。
malformed-title = 此小工具收到無法讀取的資料
malformed-text = 入口網站開啟小工具時傳入的選項格式不符預期。未進行任何變更。以下詳細資料可協助應用程式開發人員。
unknown-title = 尚不支援此位置
unknown-text = 入口網站在應用程式無法辨識的位置開啟了它。收到的內容如下：
crash-title = 發生問題
crash-text = 小工具發生未預期的錯誤。通常重新載入即可解決。
retry = 再試一次
reload = 重新載入
placement-code = 嵌入位置
error = 錯誤

## 所有小工具共用的操作
open = 開啟
details = 詳細資料
refresh = 重新整理

## CRM 卡片與任務卡片的欄位
amount = 金額
responsible = 負責人
created-by = 建立者
contact = 聯絡人
company = 公司
phone = 電話
email = 電子郵件
created = 建立時間
modified = 修改時間
start-date = 開始日期
close-date = 結束日期
deadline = 截止期限
project = 專案
checklist = 檢查清單
not-set = 未設定
overdue = 已逾期
important = 高優先順序
closed-item = 已關閉

## 載入狀態
load-failed = 無法載入資料
not-found = 找不到或沒有存取權限
not-found-text = 它可能已被刪除，或您的權限不允許檢視。
path-not-available = 入口網站無法在此開啟該頁面。

## 任務狀態（tasks.task.get status 1–7）
task-new = 新建立
task-pending = 待處理
task-in-progress = 進行中
task-awaiting-review = 等待審核
task-completed = 已完成
task-deferred = 已延後
task-declined = 已拒絕

## CRM 實體類型
lead = 潛在客戶
deal = 交易
contact-entity = 聯絡人
company-entity = 公司
quote = 報價單
invoice = 發票
smart-process-item = 智慧流程項目
activity = 活動
order = 訂單
task = 任務

## 通話卡片（CALL_CARD）
incoming-call = 來電
outgoing-call = 撥出電話
callback = 回電
line = 線路
call-idle = 等待中
call-connecting = 連線中
call-connected = 已接通
no-crm-binding = 來電者尚未登錄於 CRM。
also-linked = 其他關聯

## 情境檢視（尚無專屬小工具的位置）
widget-context = 小工具情境
widget-context-text = 入口網站以此情境在這裡開啟了應用程式。在此位置的專屬小工具完成前，這裡會顯示其情境資訊。
opened-from = 開啟來源
presentation = 顯示方式

## 首頁（DEFAULT, LEFT_MENU）
welcome = 適用於 Bitrix24 的 Rust 小工具
welcome-text = 此應用程式可在 CRM 卡片、任務、通話卡片及入口網站的其他位置新增小工具。
signed-in-as = 目前登入身分
portal = 入口網站
language = 語言
administrator = 管理員

## 共用控制項
toggle-theme = 切換淺色/深色主題
background-worker = 背景程序正在執行。

## 任務卡片
checklist-progress = 檢查清單：已完成 { $done }/{ $total }

## 詳細資料檢視
yes = 是
no = 否

## Setup: the install wizard and the app settings (DEFAULT with INSTALL, view=settings)

setup-area-app = 應用程式自己的頁面

setup-area-crm = CRM

setup-area-tasks = 任務

setup-area-workgroups = 工作群組和專案

setup-area-people = 員工

setup-area-calendar = 行事曆

setup-area-telephony = 電話

setup-area-messenger = 即時通訊

setup-area-contact-center = 聯絡中心

setup-area-fields = CRM 欄位

setup-area-sites = 網站和商店

setup-purpose-app-page = Widgets

setup-purpose-app-page-text = 應用程式自己的頁面：你是誰、你的入口網站以及應用程式設定。

setup-purpose-app-link = 在 Widgets 中開啟

setup-purpose-app-link-text = 開啟指向應用程式的連結所指的 CRM 元素、任務或員工。

setup-purpose-call-watcher = 通話監看

setup-purpose-call-watcher-text = 在每個頁面背景執行，為通話卡片追蹤通話。

setup-purpose-entity-overview = 概覽

setup-purpose-entity-overview-text = 一眼看清元素：階段、金額、相關人員和聯絡資訊。

setup-purpose-row-action = Widgets 動作

setup-purpose-row-action-text = 對清單中選取的列執行動作。

setup-purpose-list-report = 階段報表

setup-purpose-list-report-text = 整個清單每個階段的數量和金額，以及漏斗轉換率。

setup-purpose-card-action = 摘要

setup-purpose-card-action-text = 在滑動面板中顯示元素摘要。

setup-purpose-activity = 待辦

setup-purpose-activity-text = 為元素新增待辦事項的 CRM 活動類型。

setup-purpose-timeline-action = 記錄動作

setup-purpose-timeline-action-text = 處理選取的時間軸記錄。

setup-purpose-document = 可列印摘要

setup-purpose-document-text = 為元素產生可列印的文件。

setup-purpose-automation-triggers = 自動化觸發器

setup-purpose-automation-triggers-text = 將應用程式的觸發器新增到自動化設計工具，並在元素上試用。

setup-purpose-search = Widgets 搜尋

setup-purpose-search-text = 為搜尋和詳細資料表單尋找 CRM 元素和公司資訊。

setup-purpose-analytics = Widgets 報表

setup-purpose-analytics-text = 分析區段中的報表。

setup-purpose-task-summary = 任務摘要

setup-purpose-task-summary-text = 一眼看清任務：狀態、截止日期、相關人員和檢查清單。

setup-purpose-workload = 工作量

setup-purpose-workload-text = 某個人或某個工作群組任務的工作量報表。

setup-purpose-group-card = 群組概覽

setup-purpose-group-card-text = 工作群組的成員、角色和未完成的任務。

setup-purpose-employee-card = 員工卡片

setup-purpose-employee-card-text = 部門、主管、聯絡資訊、進行中的交易和任務。

setup-purpose-calendar-view = 行程

setup-purpose-calendar-view-text = 行事曆的一種檢視。

setup-purpose-call-notes = 通話筆記

setup-purpose-call-notes-text = 通話期間的筆記，儲存在客戶的 CRM 元素中。

setup-purpose-calls-report = 通話報表

setup-purpose-calls-report-text = 關於入口網站通話的報表。

setup-purpose-chat-templates = 回覆範本

setup-purpose-chat-templates-text = 聊天輸入框上方的回覆範本。

setup-purpose-chat-context = 聊天脈絡

setup-purpose-chat-context-text = 在側邊欄中顯示聊天所屬的 CRM 元素或任務。

setup-purpose-message-action = 從訊息建立

setup-purpose-message-action-text = 將訊息轉為任務或 CRM 活動。

setup-purpose-messenger-page = Widgets

setup-purpose-messenger-page-text = 作為即時通訊中頁面的應用程式。

setup-purpose-connector-tile = Widgets 連接器

setup-purpose-connector-tile-text = 開啟連接器設定的聯絡中心圖塊。

setup-purpose-connector-settings = 連接器設定

setup-purpose-connector-settings-text = 應用程式開放頻道連接器的設定。

setup-purpose-rating-field = 評分

setup-purpose-rating-field-text = 一種 CRM 欄位類型：附註記的星級評分。

setup-purpose-site-settings = 網站設定

setup-purpose-site-settings-text = 應用程式在網站上的設定。

setup-purpose-block-settings = 區塊設定

setup-purpose-block-settings-text = 網站編輯器中應用程式區塊的設定。

setup-spot-left-menu = 左側選單

setup-spot-app-links = 指向應用程式的連結

setup-spot-every-page = 每個頁面（背景）

setup-spot-card-tab = 卡片分頁

setup-spot-card-activity = 卡片中的活動

setup-spot-card-toolbar = 卡片工具列

setup-spot-card-sidebar = 卡片側邊欄

setup-spot-card-top-panel = 卡片頂端面板

setup-spot-list-toolbar = 清單上方

setup-spot-funnels-toolbar = 漏斗上方

setup-spot-list-row-menu = 清單列選單

setup-spot-timeline-menu = 時間軸記錄選單

setup-spot-document-button = 「文件」按鈕

setup-spot-automation-toolbar = 自動化設計工具

setup-spot-analytics-menu = 分析選單

setup-spot-analytics-toolbar = 分析工具列

setup-spot-search = CRM 搜尋

setup-spot-details-autocomplete = 公司和銀行資料表單

setup-spot-profile-menu = 個人檔案選單

setup-spot-calendar-view = 行事曆檢視

setup-spot-call-card = 通話卡片

setup-spot-chat-input-panel = 聊天輸入框上方的面板

setup-spot-chat-sidebar = 聊天側邊欄

setup-spot-message-menu = 訊息選單

setup-spot-mobile-message-menu = 行動應用程式中的訊息選單

setup-spot-messenger-navigation = 即時通訊導覽

setup-spot-contact-center-tile = 聯絡中心圖塊

setup-spot-connector-settings = 開放頻道設定

setup-spot-field-type = CRM 欄位類型

setup-spot-site-settings = 網站設定

setup-spot-block-settings = 網站編輯器中的區塊設定

setup-spot-other = 其他位置

setup-subject-old-invoice = 發票（舊版）

setup-subject-workgroup = 工作群組

setup-subject-employee = 員工

setup-title = 安裝應用程式

setup-intro = 選擇應用程式在入口網站中出現的位置。已預先選好一組合適的選項；之後可在應用程式設定中變更。

setup-selected = 已選取：{ $count }

setup-install = 安裝

setup-installed = 已安裝

setup-progress = 已完成步驟：{ $done } / { $total }

setup-state-pending = 等待中

setup-state-running = 進行中

setup-state-done = 完成

setup-state-already = 已存在

setup-state-failed = 失敗

setup-state-unknown = 結果未知

setup-problems-title = 部分步驟未完成

setup-problems-text = 其餘都已就緒。解決原因後重試：只會傳送仍缺少的內容。

setup-rechecked-text = 入口網站沒有說明部分步驟是否成功，因此應用程式重新檢查了入口網站。列出的是仍缺少的內容；沒有任何內容被重複傳送。

setup-finishing = 正在完成安裝…

setup-finished = 應用程式已安裝。入口網站正在重新載入它。

setup-finish-failed = 入口網站未接受安裝的完成。

setup-nothing-new = 你選擇的內容都已安裝。

setup-not-admin-title = 請聯絡管理員安裝此應用程式

setup-not-admin-text = 只有 Bitrix24 管理員才能安裝此應用程式並選擇它出現的位置。沒有做任何變更。

setup-bad-address = 應用程式開啟的位址無法讓入口網站載入小工具。

setup-settings-title = 應用程式設定

setup-settings-intro = 應用程式在入口網站中出現的位置及其選項。

setup-read-only = 只有管理員可以變更這些設定。

setup-places = 應用程式出現的位置

setup-bound = 已綁定

setup-not-bound = 未綁定

setup-unavailable = 此入口網站無法使用

setup-apply = 套用變更

setup-no-changes = 沒有需要變更的內容。

setup-applied = 變更已套用。

setup-app-options = 所有人的選項

setup-my-options = 我的選項

setup-theme = 主題

setup-theme-auto = 跟隨系統

setup-theme-light = 淺色

setup-theme-dark = 深色

setup-transport = REST 連線

setup-transport-bx24 = 透過入口網站頁面

setup-transport-fetch = 直接請求

setup-save = 儲存

setup-saved = 已儲存。

setup-save-failed = 選項未儲存。

home-open-settings = 應用程式設定
## Messenger
im-templates-title = 快速回覆
im-template-thanks = 謝謝！我會盡快回覆您。
im-template-details = 可以請您把詳細資料傳給我嗎？
im-template-call = 我們用電話討論吧。您什麼時候方便？
im-template-bound = 我們正在處理{ $element }，會在此聊天中隨時告知進度。
im-draft-reply = { $name }，感謝您的訊息：「{ $about }」我會查看並在今天回覆。
im-draft-reply-anonymous = 感謝您的訊息：「{ $about }」我會查看並在今天回覆。
im-draft-button = 草擬回覆
im-read-input = 讀取輸入框
im-replace-text = 取代輸入框中的文字
im-input-text = 輸入框中的文字：{ $text }（長度：{ $count }）
im-input-empty = 訊息輸入框是空的。
im-inserted = 文字已放入訊息輸入框。
im-no-textarea = 訊息沒有回應：這裡沒有訊息輸入框。
im-insert-failed = 無法插入文字：{ $reason }
im-task-ref = 任務 #{ $id }
im-belongs-to = 所屬：
im-ordinary-chat = 此聊天未連結任何 CRM 元素或任務。
im-private-chat = 私人聊天：未連結任何 CRM 元素或任務。
im-members = 成員：{ $count }
im-online = 線上
im-write = 傳訊息
im-call-short = 通話
im-write-to = 傳訊息給{ $name }
im-call = 打電話給{ $name }
im-field-title = 標題
im-field-description = 說明
im-field-deadline = 截止日期
im-make-task = 建立任務
im-make-activity = 新增 CRM 活動
im-title-required = 請輸入標題。
im-deadline-required = CRM 活動需要截止日期。
im-no-crm-binding = 此聊天未連結 CRM 元素，因此只能建立任務。
im-from-message = 來自{ $author }在「{ $chat }」中的訊息。
im-task-created = 任務 #{ $id } 已建立。
im-activity-created = 活動 #{ $id } 已新增到{ $element }。
im-write-refused = 入口網站拒絕了：{ $reason }
im-write-unknown = 入口網站未及時確認：可能已經建立。再次傳送前請先檢查。
im-check = 檢查
im-check-not-found = 沒有建立任何內容。您可以再次傳送。
im-recent-title = 您的聊天
im-no-chats = 還沒有聊天。
im-unread = 未讀：{ $count }
im-open-chat = 開啟聊天
im-more-chats = 僅顯示最近的聊天（最多 { $count } 個）。
im-smiles-deprecated = 此位置已淘汰
im-smiles-deprecated-text = 自訊息 25.1600.0 版起，表情符號已由貼圖取代，入口網站不再開啟此位置。在入口網站允許的地方，下面的表情組仍會插入訊息輸入框。
im-smiles-faces = 表情
im-smiles-work = 工作
im-smiles-gestures = 手勢

## Telephony
call-note-label = 通話備註
call-note-save = 儲存備註
call-note-discard = 捨棄
call-note-held = 在您儲存或捨棄備註之前，通話卡片會保持開啟。
call-note-saving = 正在儲存備註…
call-note-saved = 備註已儲存為{ $element }上的活動 #{ $id }。
call-note-refused = 備註未儲存：{ $reason }
call-note-unknown = 入口網站未及時確認：備註可能已儲存。再次儲存前請先查看時間軸。
call-note-no-target = 請先將通話連結到 CRM 元素，才能儲存備註。
call-note-title = 通話備註：{ $phone }
call-note-title-no-phone = 通話備註
softphone-waiting = 軟體電話正在等待來電。
softphone-title = 來自 { $phone } 的來電
softphone-ringing = 正在響鈴…
softphone-connected = 已接通
softphone-on-hold = 保留中
softphone-ended = 通話在 { $minutes } 分 { $seconds } 秒後結束
softphone-missed = 未接來電
softphone-finish-failed = 無法結束通話：{ $reason }
softphone-command-failed = 通話卡片未接受指令：{ $reason }
calls-title = 最近 { $days } 天的通話
calls-total = 通話
calls-incoming = 撥入
calls-outgoing = 撥出
calls-missed = 未接
calls-talk-time = 通話時間
calls-average = 平均通話
calls-duration = { $minutes } 分 { $seconds } 秒
calls-per-day = 每日通話
calls-per-user = 依員工
calls-employee = 員工
calls-loading = 正在載入通話記錄… 已載入：{ $rows }
calls-stop = 停止
calls-partial = 已停止載入：報告僅包含已載入的通話。
calls-none = 此期間沒有通話。
calls-day = { $date }：接聽 { $answered }，未接 { $missed }

## Open lines
connector-title = 開放管道連接器「{ $name }」
connector-not-registered = 此入口網站未註冊應用程式的連接器。請開啟應用程式設定進行註冊。
connector-lines = 開放管道
connector-setup = 設定
connector-line-id = 開放管道 #{ $id }
connector-line-inactive = 已關閉
connector-active = 已啟用
connector-inactive = 未啟用
connector-configured = 已設定管道資料
connector-not-configured = 未設定管道資料
connector-error = 錯誤
connector-ok = 正常運作
connector-works = 連接器正在此開放管道上運作。
connector-wants-on = 您已為此開放管道啟用連接器：請連線以完成。
connector-wants-off = 您已為此開放管道關閉連接器：請中斷連線以完成。
connector-channel-name = 管道名稱
connector-default-name = Rust 小工具聊天
connector-channel-url = 聊天連結
connector-connect = 連線
connector-disconnect = 中斷連線
connector-name-required = 請輸入管道名稱。
connector-url-invalid = 聊天連結必須以 https:// 或 http:// 開頭。
connector-refused = 入口網站拒絕了：{ $reason }
connector-unknown = 入口網站未及時確認：變更可能已生效。重試前請先檢查狀態。
connector-check = 檢查狀態

## Unsupported spots
spot-hr-title = 薪資與休假（HR）
spot-hr-text = 入口網站從 HR 模組的薪資與休假選單開啟此滑動面板。Bitrix24 未說明在這裡傳給應用程式什麼，因此應用程式只顯示收到的內容，不做更多。
spot-catalog-title = 外部產品目錄
spot-catalog-text = 產品選擇器載入這個隱藏框架以搜尋外部目錄。它的指令和事件沒有文件說明（只能從入口網站的程式碼得知），因此應用程式不回應它們，選擇器繼續使用入口網站自己的目錄。
spot-options = 入口網站傳送的內容
## CRM list report (CRM_*_LIST_TOOLBAR, CRM_ANALYTICS_*, CRM_*FUNNELS_TOOLBAR)

crm-report-title = 階段報告：{ $entity }
crm-report-entity = 報告對象
crm-report-counting = 正在統計：{ $done } / { $total }
crm-report-stop = 停止
crm-report-stopped-early = 在統計開始前已停止。
crm-report-count-again = 重新統計
crm-report-partial = 已提前停止：這些數字涵蓋 { $total } 中的 { $done }。
crm-report-counted = 已統計：{ $count }
crm-report-empty = 此清單為空。
crm-report-pipeline = 漏斗
crm-report-total = 總計
crm-report-won = 成功
crm-report-lost = 失敗
crm-report-win-rate = 成功率
crm-report-percent = { $percent }%
crm-report-reached = { $percent }% 到達此階段
crm-report-chart = { $pipeline } 的階段
crm-report-open-hint = 選擇一個階段，開啟依該階段篩選的清單。

## CRM list row actions (CRM_*_LIST_MENU)

crm-row-actions = 快速操作
crm-row-stage = 階段
crm-row-move = 移動
crm-row-reassign = 更換負責人
crm-row-pick-user = 選擇新的負責人
crm-row-saving = 正在儲存…
crm-row-moved = 已移至「{ $stage }」。
crm-row-reassigned = 現在的負責人是 { $name }。
crm-row-save-failed = 變更未儲存：{ $reason }
crm-row-unknown = 入口網站未確認此變更，因此可能已儲存，也可能未儲存。已重新讀取該列：請先檢查再重試。

## CRM automation triggers (CRM_*_ROBOT_DESIGNER_TOOLBAR)

automation-title = 自動化觸發器
automation-hint = 在此設計工具中將應用程式的某個觸發器放到一個階段上：當觸發器在某個元素上觸發時，該元素會移至該階段。
automation-empty = 此應用程式尚無觸發器。
automation-admin-only = 只有管理員可以新增、刪除或觸發應用程式的觸發器。
automation-delete = 刪除
automation-delete-label = 刪除「{ $name }」
automation-add-title = 新觸發器
automation-name = 名稱
automation-code = 代碼
automation-code-hint = 小寫拉丁字母、數字、點、連字號和底線。應用程式會根據名稱建議一個代碼。
automation-add = 新增觸發器
automation-empty-name = 請為觸發器命名。
automation-bad-code = 代碼只能包含小寫拉丁字母、數字、點、連字號和底線（最多 64 個字元）。
automation-taken-code = 此應用程式已有使用此代碼的觸發器。
automation-added = 「{ $name }」現已加入設計工具的觸發器。
automation-deleted = 已刪除「{ $name }」。
automation-fire-title = 試用觸發器
automation-fire-trigger = 觸發器
automation-fire-element = 元素 ID
automation-fire-pick = 選擇元素
automation-fire = 觸發
automation-bad-id = 請輸入元素的 ID（整數）。
automation-picked = 元素：{ $title }
automation-fired = 已在{ $element }上觸發「{ $name }」。
automation-no-fire = 此類型的元素不執行自動化，因此無法在其上觸發觸發器。
automation-saving = 正在儲存…
automation-failed = 入口網站拒絕了此操作：{ $reason }
automation-unknown = 入口網站未確認此操作，因此可能已執行，也可能未執行。已重新讀取清單：請先檢查再重試。

## CRM rating field (USERFIELD_TYPE)

crm-rating-stars = { $stars } / { $max } 星
crm-rating-choose = 選擇評分
crm-rating-entry = 評分 { $number }
crm-rating-note = 備註
crm-rating-note-count = { $used } / { $max }
crm-rating-add = 新增評分
crm-rating-remove = 移除
crm-rating-required = 此欄位為必填：請至少選擇一顆星。
crm-rating-no-stars = 請為評分 { $number } 選擇星級。
crm-rating-note-too-long = 評分 { $number } 的備註過長：最多 { $max } 個字元。
crm-rating-unreadable = 無法顯示已儲存的值（{ $reason }）。儲存卡片時將取代它。
crm-rating-kept = 已填入卡片：儲存卡片時一併儲存。
crm-rating-set-failed = 卡片未接受該值：{ $reason }
## Task workload (TASK_USER_LIST_TOOLBAR, TASK_GROUP_LIST_TOOLBAR, TASK_ROBOT_DESIGNER_TOOLBAR)
workload-title = 工作量：{ $name }
workload-title-visible = 您可檢視的任務的工作量
workload-tasks-total = 清單中的任務：{ $total }
workload-progress = 已載入任務：{ $loaded } / { $total }
workload-stop = 停止載入
workload-stopped = 已停止載入
workload-partial = 報告僅包含目前已載入的任務：{ $loaded } / { $total }。
workload-load-again = 重新載入
workload-open-tasks = 未完成的任務
workload-due-this-week = 本週到期
workload-no-deadline = 無截止日期
workload-by-status = 依狀態統計的任務
workload-per-person = 依負責人統計的未完成任務
workload-person-load = { $open }（逾期：{ $overdue }）
workload-other-status = 其他狀態
workload-open-list = 開啟任務清單
workload-empty = 此清單中沒有任務。

## Workgroup card (SONET_GROUP_DETAIL_TAB, SONET_GROUP_TOOLBAR, SONET_GROUP_ROBOT_DESIGNER_TOOLBAR)
group-kind-workgroup = 工作群組
group-open-to-join = 可自由加入
group-members = 成員
group-role-owner = 擁有者
group-role-moderator = 管理員
group-role-member = 成員
group-deadlines = 即將到期
group-no-deadlines = 此群組的未完成任務都沒有截止日期。
group-open-page = 開啟群組
group-no-group-title = 此處沒有群組
group-no-group-text = 入口網站在未指定群組的頁面上開啟了此按鈕，因此沒有可顯示的群組卡片。

## Employee card (USER_PROFILE_TOOLBAR, USER_PROFILE_MENU)
profile-department = 部門
profile-manager = 主管
profile-work-phone = 公司電話
profile-mobile = 手機
profile-extension = 分機
profile-online = 線上
profile-dismissed = 已離職
profile-message = 傳送訊息
profile-call = 通話
profile-open-profile = 開啟個人檔案
profile-open-deals = 進行中的交易：{ $count }
profile-open-tasks = 未完成的任務：{ $count }
profile-no-deals = 沒有進行中的交易。
profile-no-tasks = 沒有未完成的任務。
profile-messenger-failed = 無法從此處開啟即時通訊。

## App links (REST_APP_URI)
link-unknown-title = 此連結未指向應用程式可以開啟的內容
link-unknown-text = 應用程式可以開啟參數指向 CRM 項目（entityTypeId 和 id，或 deal、lead、contact、company、quote、invoice）、任務（task）或員工（user）的連結。此連結帶來的內容：
link-no-params = 此連結沒有帶任何參數。

## Calendar view (CALENDAR_GRIDVIEW)
calendar-range = { $from } – { $to }
calendar-events-count = 此期間的活動：{ $count }
calendar-previous = 上一時段
calendar-next = 下一時段
calendar-add = 新增活動
calendar-all-day = 全天
calendar-edit = 編輯
calendar-delete = 刪除
calendar-edit-event = 編輯「{ $name }」
calendar-delete-event = 刪除「{ $name }」
calendar-no-events = 沒有活動
calendar-not-found = 行事曆找不到此活動。請重新整理檢視後再試一次。

## Sites
landing-site-settings = 網站設定
landing-page = 頁面：{ $page }
landing-site-title = 網站標題
landing-site-description = 說明
landing-save = 儲存
landing-site-saved = 網站設定已儲存。
landing-title-required = 請輸入網站標題。
landing-refused = 入口網站拒絕了：{ $reason }
landing-unknown = 入口網站未及時確認：變更可能已儲存。再次儲存前請重新整理頁面。
landing-block-settings = 區塊文字
landing-block-hint = 填寫要變更的文字；空白欄位會保持編輯器中的原樣。
landing-no-text-nodes = 此區塊沒有可在此變更的文字。
landing-nothing-to-save = 請至少填寫一項文字。
landing-block-saved = 區塊已更新，並已在編輯器中重新載入。
landing-block-saved-no-refresh = 區塊已更新，但編輯器未重新載入：{ $reason }
## CRM work
crm-todo-title = 新待辦事項
crm-todo-for = 關於：{ $title }
crm-todo-heading = 為「{ $title }」新增待辦
crm-todo-text = 待辦內容
crm-todo-text-placeholder = 例如：就報價回電
crm-todo-deadline = 截止時間
crm-todo-due = 到期
crm-todo-due-today = 今天 18:00
crm-todo-due-tomorrow = 明天 10:00
crm-todo-due-three-days = 3 天後
crm-todo-due-week = 一週後
crm-todo-responsible = 負責人
crm-todo-me = 你
crm-todo-choose-user = 選擇
crm-todo-create = 建立待辦
crm-todo-create-again = 仍要建立
crm-todo-cancel = 取消
crm-todo-saving = 正在建立待辦…
crm-todo-created = 已建立待辦：{ $text }
crm-todo-failed-title = 未建立待辦
crm-todo-failed = 未建立待辦：{ $reason }
crm-todo-unknown-title = 未確認
crm-todo-unknown = 入口網站未確認此待辦，它可能已經建立。再次建立前請先查看未完成的待辦。
crm-todo-open = 未完成的待辦：{ $count }
crm-todo-open-none = 尚無未完成的待辦。
crm-todo-empty-text = 請填寫需要做的事。
crm-todo-bad-deadline = 請選擇日期和時間。
crm-todo-driver-loading = 正在準備待辦表單…
crm-todo-driver-ready = 待辦表單已顯示。
crm-todo-load-failed = 無法載入該項目：{ $reason }
crm-todo-layout-refused = 入口網站無法顯示待辦表單。
crm-record-paid = 已付款
crm-record-unpaid = 未付款
crm-record-canceled = 已取消
crm-record-status = 狀態：{ $code }
crm-record-done = 已完成
crm-record-open = 待辦
crm-record-incoming = 撥入
crm-record-outgoing = 撥出
crm-record-meeting = 會議
crm-record-call = 通話
crm-record-task = 任務
crm-record-email = 郵件
crm-record-todo = 待辦事項
crm-record-billed = 開立日期
crm-record-pay-before = 付款截止
crm-record-starts = 開始
crm-record-order-title = 訂單 { $number }
crm-record-belongs-to = 所屬
crm-record-items = 商品
crm-record-line = { $quantity } × { $price }
crm-search-running = 正在搜尋…
crm-search-found = 已傳送到表單的結果：{ $count }
crm-search-failed = 搜尋失敗：{ $reason }
crm-search-picked = 已將所選結果填入表單。
crm-search-unknown-pick = 所選選項並非來自此應用程式。
crm-doc-title = 商業報價
crm-doc-number = 編號 { $number }
crm-doc-issued = 日期
crm-doc-subject = 事由
crm-doc-client = 客戶
crm-doc-stage = 階段
crm-doc-prepared-by = 編製人
crm-doc-note = 本報價自上述日期起 14 天內有效。
crm-doc-print = 列印
crm-doc-download = 下載
crm-doc-downloaded = 已儲存為 { $file }。
crm-doc-download-failed = 無法儲存檔案。
crm-doc-print-failed = 瀏覽器無法列印此頁面。
crm-record-mark-done = 標記為已完成
crm-record-done-failed = 無法標記為已完成：{ $reason }
crm-record-done-unknown = 入口網站未確認此變更。已重新讀取卡片：請先檢查再重試。
crm-robot-title = 機器人設定
crm-robot-hint = 變更會立即寫入機器人表單；儲存機器人後才會生效。
crm-robot-sent = 已傳送到機器人表單：{ $name }
crm-robot-required = 請填寫此欄位。
crm-robot-not-integer = 請輸入整數。
crm-robot-not-number = 請輸入數字。
crm-robot-not-date = 請輸入日期。
crm-robot-not-option = 請選擇一個選項。
crm-robot-no-properties = 此機器人沒有設定項目。
crm-robot-one-per-line = 每行一個值。
