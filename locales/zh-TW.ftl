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
