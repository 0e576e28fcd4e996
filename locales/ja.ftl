# Japanese (ja)

## 読み込み画面とエラー画面：ウィジェットの表示前やその代わりに表示
loading = 読み込み中…
not-in-frame-title = このアプリは Bitrix24 内で開いてください
not-in-frame-text = このページは Bitrix24 のウィジェットです。Bitrix24 ポータル内で動作し、必要なコンテキストはポータルから渡されます。ポータルのメニュー、CRM カード、またはアプリがインストールされている他の場所から開いてください。
not-in-frame-dev-hint = 開発者向け：scripts/run.sh を実行すると、ローカルのポータルエミュレーターですべてのウィジェットを試せます。
init-timeout-title = Bitrix24 が応答していません
init-timeout-text = ポータルから時間内にウィジェットへコンテキストが送信されませんでした。接続を確認して、もう一度お試しください。
malformed-title = ウィジェットが読み取れないデータを受信しました
malformed-text = ポータルが想定外の形式のオプションでウィジェットを開きました。変更は行われていません。以下の詳細はアプリの開発者に役立ちます。
unknown-title = この場所にはまだ対応していません
unknown-text = ポータルがアプリを認識できない場所で開きました。受信した内容は次のとおりです：
crash-title = 問題が発生しました
crash-text = ウィジェットで予期しないエラーが発生しました。通常は再読み込みで解決します。
retry = 再試行
reload = 再読み込み
placement-code = 埋め込み場所
error = エラー

## すべてのウィジェットに共通の操作
open = 開く
details = 詳細
refresh = 更新

## CRM カードとタスクカードのフィールド
amount = 金額
responsible = 担当者
created-by = 作成者
contact = コンタクト
company = 会社
phone = 電話
email = メール
created = 作成日
modified = 更新日
start-date = 開始日
close-date = 終了日
deadline = 期限
project = プロジェクト
checklist = チェックリスト
not-set = 未設定
overdue = 期限切れ
important = 優先度高
closed-item = クローズ済み

## 読み込み状態
load-failed = データを読み込めませんでした
not-found = 見つからないか、アクセス権がありません
not-found-text = 削除されたか、閲覧する権限がない可能性があります。
path-not-available = ポータルはこのページをここで開けません。

## タスクのステータス（tasks.task.get status 1–7）
task-new = 新規
task-pending = 保留中
task-in-progress = 進行中
task-awaiting-review = 確認待ち
task-completed = 完了
task-deferred = 延期
task-declined = 却下

## CRM エンティティの種類
lead = リード
deal = 取引
contact-entity = コンタクト
company-entity = 会社
quote = 見積
invoice = 請求書
smart-process-item = スマートプロセスのアイテム
activity = アクティビティ
order = 注文
task = タスク

## 通話カード（CALL_CARD）
incoming-call = 着信
outgoing-call = 発信
callback = コールバック
line = 回線
call-idle = 待機中
call-connecting = 接続中
call-connected = 通話中
no-crm-binding = 発信者はまだ CRM に登録されていません。
also-linked = その他の関連付け

## コンテキスト表示（専用ウィジェットがまだない場所）
widget-context = ウィジェットのコンテキスト
widget-context-text = ポータルがこのコンテキストでアプリをここに開きました。この場所では、専用のウィジェットができるまでコンテキストを表示します。
opened-from = 開いた場所
presentation = 表示形式

## ホームページ（DEFAULT, LEFT_MENU）
welcome = Bitrix24 用 Rust ウィジェット
welcome-text = このアプリは、CRM カード、タスク、通話カードなど、ポータルのさまざまな場所にウィジェットを追加します。
signed-in-as = ログイン中のユーザー
portal = ポータル
language = 言語
administrator = 管理者

## 共通コントロール
toggle-theme = ライト/ダークテーマを切り替え
background-worker = バックグラウンド処理を実行中です。

## タスクカード
checklist-progress = チェックリスト：{ $total } 件中 { $done } 件完了

## 詳細表示
yes = はい
no = いいえ
