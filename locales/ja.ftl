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

## Setup: the install wizard and the app settings (DEFAULT with INSTALL, view=settings)

setup-area-app = アプリのページ

setup-area-crm = CRM

setup-area-tasks = タスク

setup-area-workgroups = ワークグループとプロジェクト

setup-area-people = 従業員

setup-area-calendar = カレンダー

setup-area-telephony = テレフォニー

setup-area-messenger = メッセンジャー

setup-area-contact-center = コンタクトセンター

setup-area-fields = CRMフィールド

setup-area-sites = サイトとストア

setup-purpose-app-page = Widgets

setup-purpose-app-page-text = アプリのページ：あなたの情報、ポータル、アプリの設定。

setup-purpose-app-link = Widgetsで開く

setup-purpose-app-link-text = アプリへのリンクが示すCRM要素、タスク、または従業員を開きます。

setup-purpose-call-watcher = 通話ウォッチャー

setup-purpose-call-watcher-text = すべてのページでバックグラウンドで動作し、通話カードのために通話を追跡します。

setup-purpose-entity-overview = 概要

setup-purpose-entity-overview-text = 要素をひと目で：ステージ、金額、関係者、連絡先。

setup-purpose-row-action = Widgetsの操作

setup-purpose-row-action-text = リストで選択した行に対して操作します。

setup-purpose-list-report = ステージ別レポート

setup-purpose-list-report-text = リスト全体のステージごとの件数と金額、ファネルの変換率。

setup-purpose-card-action = サマリー

setup-purpose-card-action-text = 要素のサマリーをスライダーで表示します。

setup-purpose-activity = ToDo

setup-purpose-activity-text = 要素にToDoを追加するCRMアクティビティの種類。

setup-purpose-timeline-action = レコードの操作

setup-purpose-timeline-action-text = 選択したタイムラインのレコードを処理します。

setup-purpose-document = 印刷用サマリー

setup-purpose-document-text = 要素の印刷用ドキュメントを作成します。

setup-purpose-automation-triggers = オートメーションのトリガー

setup-purpose-automation-triggers-text = アプリのトリガーをオートメーションデザイナーに追加し、要素で試します。

setup-purpose-search = Widgets検索

setup-purpose-search-text = 検索と会社情報フォームのためにCRM要素と会社情報を探します。

setup-purpose-analytics = Widgetsレポート

setup-purpose-analytics-text = アナリティクスセクションのレポート。

setup-purpose-task-summary = タスクのサマリー

setup-purpose-task-summary-text = タスクをひと目で：ステータス、期限、関係者、チェックリスト。

setup-purpose-workload = 負荷

setup-purpose-workload-text = 個人またはグループのタスクの負荷レポート。

setup-purpose-group-card = グループの概要

setup-purpose-group-card-text = ワークグループのメンバー、役割、未完了のタスク。

setup-purpose-employee-card = 従業員カード

setup-purpose-employee-card-text = 部署、上司、連絡先、進行中の取引とタスク。

setup-purpose-calendar-view = 予定一覧

setup-purpose-calendar-view-text = カレンダーのビュー。

setup-purpose-call-notes = 通話メモ

setup-purpose-call-notes-text = 通話中のメモ。顧客のCRM要素に保存されます。

setup-purpose-calls-report = 通話レポート

setup-purpose-calls-report-text = ポータルの通話に関するレポート。

setup-purpose-chat-templates = 返信テンプレート

setup-purpose-chat-templates-text = チャットの入力欄の上の返信テンプレート。

setup-purpose-chat-context = チャットのコンテキスト

setup-purpose-chat-context-text = チャットが属するCRM要素またはタスクをサイドバーに表示します。

setup-purpose-message-action = メッセージから作成

setup-purpose-message-action-text = メッセージをタスクまたはCRMアクティビティに変換します。

setup-purpose-messenger-page = Widgets

setup-purpose-messenger-page-text = メッセンジャー内のページとしてのアプリ。

setup-purpose-connector-tile = Widgetsコネクター

setup-purpose-connector-tile-text = コネクターの設定を開くコンタクトセンターのタイル。

setup-purpose-connector-settings = コネクターの設定

setup-purpose-connector-settings-text = アプリのオープンチャネルコネクターの設定。

setup-purpose-rating-field = 評価

setup-purpose-rating-field-text = CRMフィールドの種類：メモ付きの星評価。

setup-purpose-site-settings = サイトの設定

setup-purpose-site-settings-text = サイトでのアプリの設定。

setup-purpose-block-settings = ブロックの設定

setup-purpose-block-settings-text = サイトエディターでのアプリのブロックの設定。

setup-spot-left-menu = 左メニュー

setup-spot-app-links = アプリへのリンク

setup-spot-every-page = すべてのページ（バックグラウンド）

setup-spot-card-tab = カードのタブ

setup-spot-card-activity = カード内のアクティビティ

setup-spot-card-toolbar = カードのツールバー

setup-spot-card-sidebar = カードのサイドバー

setup-spot-card-top-panel = カードの上部パネル

setup-spot-list-toolbar = リストの上

setup-spot-funnels-toolbar = ファネルの上

setup-spot-list-row-menu = リスト行のメニュー

setup-spot-timeline-menu = タイムラインのレコードのメニュー

setup-spot-document-button = 「ドキュメント」ボタン

setup-spot-automation-toolbar = オートメーションデザイナー

setup-spot-analytics-menu = アナリティクスメニュー

setup-spot-analytics-toolbar = アナリティクスのツールバー

setup-spot-search = CRM検索

setup-spot-details-autocomplete = 会社情報と銀行情報のフォーム

setup-spot-profile-menu = プロフィールメニュー

setup-spot-calendar-view = カレンダーのビュー

setup-spot-call-card = 通話カード

setup-spot-chat-input-panel = チャット入力欄の上のパネル

setup-spot-chat-sidebar = チャットのサイドバー

setup-spot-message-menu = メッセージメニュー

setup-spot-mobile-message-menu = モバイルアプリのメッセージメニュー

setup-spot-messenger-navigation = メッセンジャーのナビゲーション

setup-spot-contact-center-tile = コンタクトセンターのタイル

setup-spot-connector-settings = オープンチャネルの設定

setup-spot-field-type = CRMのフィールドの種類

setup-spot-site-settings = サイトの設定

setup-spot-block-settings = サイトエディターのブロックの設定

setup-spot-other = その他の場所

setup-subject-old-invoice = 請求書（旧）

setup-subject-workgroup = ワークグループ

setup-subject-employee = 従業員

setup-title = アプリのインストール

setup-intro = ポータルのどこにアプリを表示するかを選んでください。おすすめの組み合わせがすでに選ばれています。あとでアプリの設定から変更できます。

setup-selected = 選択済み：{ $count }

setup-install = インストール

setup-installed = インストール済み

setup-progress = 完了したステップ：{ $done } / { $total }

setup-state-pending = 待機中

setup-state-running = 実行中

setup-state-done = 完了

setup-state-already = 既に存在

setup-state-failed = 失敗

setup-state-unknown = 結果不明

setup-problems-title = 一部のステップが完了しませんでした

setup-problems-text = ほかはすべて完了しています。原因を解決してから再試行してください。まだ不足しているものだけが送信されます。

setup-rechecked-text = 一部のステップが成功したかどうかポータルから応答がなかったため、アプリはポータルを再確認しました。一覧に残っているものはまだ不足しています。二重に送信されたものはありません。

setup-finishing = インストールを完了しています…

setup-finished = アプリがインストールされました。ポータルがアプリを再読み込みします。

setup-finish-failed = ポータルがインストールの完了を受け付けませんでした。

setup-nothing-new = 選択したものはすべてインストール済みです。

setup-not-admin-title = アプリのインストールを管理者に依頼してください

setup-not-admin-text = このアプリをインストールし、表示場所を選べるのはBitrix24の管理者だけです。何も変更されていません。

setup-bad-address = アプリは、ポータルがウィジェットを読み込めないアドレスで開かれています。

setup-settings-title = アプリの設定

setup-settings-intro = ポータル内でのアプリの表示場所とオプション。

setup-read-only = これらの設定を変更できるのは管理者だけです。

setup-places = アプリの表示場所

setup-bound = 連携済み

setup-not-bound = 未連携

setup-unavailable = このポータルでは利用できません

setup-apply = 変更を適用

setup-no-changes = 変更するものはありません。

setup-applied = 変更を適用しました。

setup-app-options = 全員のオプション

setup-my-options = 自分のオプション

setup-theme = テーマ

setup-theme-auto = システムと同じ

setup-theme-light = ライト

setup-theme-dark = ダーク

setup-transport = REST接続

setup-transport-bx24 = ポータルのページ経由

setup-transport-fetch = 直接リクエスト

setup-save = 保存

setup-saved = 保存しました。

setup-save-failed = オプションは保存されませんでした。

home-open-settings = アプリの設定
## Messenger
im-templates-title = クイック返信
im-template-thanks = ありがとうございます。すぐにご連絡します。
im-template-details = 詳細を送っていただけますか？
im-template-call = 電話で話しましょう。ご都合はいかがですか？
im-template-bound = { $element } について対応中です。このチャットで随時お知らせします。
im-draft-reply = { $name }さん、メッセージありがとうございます：「{ $about }」確認して本日中に返信します。
im-draft-reply-anonymous = メッセージありがとうございます：「{ $about }」確認して本日中に返信します。
im-draft-button = 返信を下書き
im-read-input = 入力欄を読み取る
im-replace-text = 入力欄のテキストを置き換える
im-input-text = 入力欄のテキスト：{ $text }（長さ：{ $count }）
im-input-empty = メッセージ入力欄は空です。
im-inserted = テキストをメッセージ入力欄に入れました。
im-no-textarea = メッセンジャーが応答しません：ここにはメッセージ入力欄がありません。
im-insert-failed = テキストを挿入できませんでした：{ $reason }
im-task-ref = タスク #{ $id }
im-belongs-to = 関連先：
im-ordinary-chat = このチャットは CRM 要素にもタスクにも関連付けられていません。
im-private-chat = 個人チャット：CRM 要素にもタスクにも関連付けられていません。
im-members = メンバー：{ $count }
im-online = オンライン
im-write = メッセージ
im-call-short = 通話
im-write-to = { $name }さんにメッセージ
im-call = { $name }さんに通話
im-field-title = タイトル
im-field-description = 説明
im-field-deadline = 期限
im-make-task = タスクを作成
im-make-activity = CRM アクティビティを追加
im-title-required = タイトルを入力してください。
im-deadline-required = CRM アクティビティには期限が必要です。
im-no-crm-binding = このチャットは CRM 要素に関連付けられていないため、作成できるのはタスクだけです。
im-from-message = 「{ $chat }」での { $author } さんのメッセージから。
im-task-created = タスク #{ $id } を作成しました。
im-activity-created = アクティビティ #{ $id } を { $element } に追加しました。
im-write-refused = ポータルが拒否しました：{ $reason }
im-write-unknown = ポータルから時間内に確認がありませんでした。作成済みの可能性があります。再送信する前に確認してください。
im-check = 確認
im-check-not-found = 何も作成されていません。再送信できます。
im-recent-title = あなたのチャット
im-no-chats = チャットはまだありません。
im-unread = 未読：{ $count }
im-open-chat = チャットを開く
im-more-chats = 最新のチャットのみ表示しています（最大 { $count } 件）。
im-smiles-deprecated = この場所は廃止されました
im-smiles-deprecated-text = メッセンジャーのバージョン 25.1600.0 以降、絵文字はステッカーに置き換えられ、ポータルはこの場所を開かなくなりました。下のセットは、ポータルが許可する場所では引き続きメッセージ入力欄に挿入されます。
im-smiles-faces = 顔
im-smiles-work = 仕事
im-smiles-gestures = ジェスチャー

## Telephony
call-note-label = 通話メモ
call-note-save = メモを保存
call-note-discard = 破棄
call-note-held = メモを保存または破棄するまで、通話カードは開いたままになります。
call-note-saving = メモを保存しています…
call-note-saved = メモをアクティビティ #{ $id } として { $element } に保存しました。
call-note-refused = メモは保存されませんでした：{ $reason }
call-note-unknown = ポータルから時間内に確認がありませんでした。メモは保存された可能性があります。再度保存する前にタイムラインを確認してください。
call-note-no-target = メモを保存するには、通話を CRM 要素に関連付けてください。
call-note-title = 通話メモ：{ $phone }
call-note-title-no-phone = 通話メモ
softphone-waiting = ソフトフォンは着信を待っています。
softphone-title = { $phone } からの着信
softphone-ringing = 呼び出し中…
softphone-connected = 通話中
softphone-on-hold = 保留中
softphone-ended = { $minutes } 分 { $seconds } 秒で通話終了
softphone-missed = 不在着信
softphone-finish-failed = 通話を終了できませんでした：{ $reason }
softphone-command-failed = 通話カードがコマンドを受け付けませんでした：{ $reason }
calls-title = 過去 { $days } 日間の通話
calls-total = 通話
calls-incoming = 着信
calls-outgoing = 発信
calls-missed = 不在
calls-talk-time = 通話時間
calls-average = 平均通話時間
calls-duration = { $minutes } 分 { $seconds } 秒
calls-per-day = 日別の通話
calls-per-user = 社員別
calls-employee = 社員
calls-loading = 通話履歴を読み込んでいます… 読み込み済み：{ $rows }
calls-stop = 停止
calls-partial = 読み込みを停止しました：レポートには読み込み済みの通話のみが含まれます。
calls-none = この期間の通話はありません。
calls-day = { $date }：応答 { $answered }、不在 { $missed }

## Open lines
connector-title = オープンチャネルコネクタ「{ $name }」
connector-not-registered = このポータルにはアプリのコネクタが登録されていません。登録するにはアプリの設定を開いてください。
connector-lines = オープンチャネル
connector-setup = 設定
connector-line-id = オープンチャネル #{ $id }
connector-line-inactive = オフ
connector-active = 有効
connector-inactive = 無効
connector-configured = チャネルデータ設定済み
connector-not-configured = チャネルデータ未設定
connector-error = エラー
connector-ok = 稼働中
connector-works = このオープンチャネルでコネクタが稼働しています。
connector-wants-on = このオープンチャネルのコネクタをオンにしました。完了するには接続してください。
connector-wants-off = このオープンチャネルのコネクタをオフにしました。完了するには切断してください。
connector-channel-name = チャネル名
connector-default-name = Rust ウィジェットのチャット
connector-channel-url = チャットのリンク
connector-connect = 接続
connector-disconnect = 切断
connector-name-required = チャネル名を入力してください。
connector-url-invalid = チャットのリンクは https:// または http:// で始まる必要があります。
connector-refused = ポータルが拒否しました：{ $reason }
connector-unknown = ポータルから時間内に確認がありませんでした。変更は適用された可能性があります。再試行する前にステータスを確認してください。
connector-check = ステータスを確認

## Unsupported spots
spot-hr-title = 給与と休暇（HR）
spot-hr-text = ポータルは HR モジュールの給与・休暇メニューからこのスライダーを開きます。ここでアプリに何が渡されるかは Bitrix24 で文書化されていないため、アプリは受け取った内容だけを表示し、それ以上は何もしません。
spot-catalog-title = 外部商品カタログ
spot-catalog-text = 商品セレクターは外部カタログを検索するためにこの非表示フレームを読み込みます。そのコマンドとイベントは文書化されておらず（ポータルのコードからのみ判明）、アプリは応答しないため、セレクターは引き続きポータル自身のカタログを使います。
spot-options = ポータルから送られた内容
## CRM list report (CRM_*_LIST_TOOLBAR, CRM_ANALYTICS_*, CRM_*FUNNELS_TOOLBAR)

crm-report-title = ステージ別レポート: { $entity }
crm-report-entity = 対象
crm-report-counting = 集計中: { $total } 件中 { $done } 件
crm-report-stop = 停止
crm-report-stopped-early = 集計前に停止しました。
crm-report-count-again = 再集計
crm-report-partial = 途中で停止しました: この数値は { $total } 件中 { $done } 件分です。
crm-report-counted = 集計件数: { $count }
crm-report-empty = このリストは空です。
crm-report-pipeline = パイプライン
crm-report-total = 合計
crm-report-won = 成功
crm-report-lost = 失敗
crm-report-win-rate = 成約率
crm-report-percent = { $percent }%
crm-report-reached = { $percent }% がこのステージに到達
crm-report-chart = { $pipeline } のステージ
crm-report-open-hint = ステージを選ぶと、そのステージで絞り込んだリストが開きます。

## CRM list row actions (CRM_*_LIST_MENU)

crm-row-actions = クイック操作
crm-row-stage = ステージ
crm-row-move = 移動
crm-row-reassign = 担当者を変更
crm-row-pick-user = 新しい担当者を選択
crm-row-saving = 保存中…
crm-row-moved = 「{ $stage }」に移動しました。
crm-row-reassigned = 担当者を { $name } に変更しました。
crm-row-save-failed = 変更は保存されませんでした: { $reason }
crm-row-unknown = ポータルが変更を確認しなかったため、保存されたかどうかは不明です。行を読み直しました。再試行する前に確認してください。

## CRM automation triggers (CRM_*_ROBOT_DESIGNER_TOOLBAR)

automation-title = オートメーションのトリガー
automation-hint = このデザイナーで、アプリのトリガーのいずれかをステージに配置してください。要素でトリガーが発動すると、その要素はそのステージに移動します。
automation-empty = アプリにはまだトリガーがありません。
automation-admin-only = アプリのトリガーを追加、削除、発動できるのは管理者だけです。
automation-delete = 削除
automation-delete-label = 「{ $name }」を削除
automation-add-title = 新しいトリガー
automation-name = 名前
automation-code = コード
automation-code-hint = 半角英小文字、数字、ドット、ハイフン、アンダースコアを使用できます。アプリが名前からコードを提案します。
automation-add = トリガーを追加
automation-empty-name = トリガーに名前を付けてください。
automation-bad-code = コードに使用できるのは半角英小文字、数字、ドット、ハイフン、アンダースコアのみです（64 文字以内）。
automation-taken-code = このコードのトリガーはアプリにすでにあります。
automation-added = 「{ $name }」がデザイナーのトリガーに加わりました。
automation-deleted = 「{ $name }」を削除しました。
automation-fire-title = トリガーを試す
automation-fire-trigger = トリガー
automation-fire-element = 要素 ID
automation-fire-pick = 要素を選択
automation-fire = 発動
automation-bad-id = 要素の ID を整数で入力してください。
automation-picked = 要素: { $title }
automation-fired = 「{ $name }」を { $element } で発動しました。
automation-no-fire = この種類の要素ではオートメーションが実行されないため、トリガーを発動できません。
automation-saving = 保存中…
automation-failed = ポータルが拒否しました: { $reason }
automation-unknown = ポータルが確認しなかったため、実行されたかどうかは不明です。リストを読み直しました。再試行する前に確認してください。

## CRM rating field (USERFIELD_TYPE)

crm-rating-stars = { $max } つ星中 { $stars }
crm-rating-choose = 評価を選択
crm-rating-entry = 評価 { $number }
crm-rating-note = メモ
crm-rating-note-count = { $used } / { $max }
crm-rating-add = 評価を追加
crm-rating-remove = 削除
crm-rating-required = この項目は必須です。星を 1 つ以上選んでください。
crm-rating-no-stars = 評価 { $number } の星を選んでください。
crm-rating-note-too-long = 評価 { $number } のメモが長すぎます（最大 { $max } 文字）。
crm-rating-unreadable = 保存された値を表示できません（{ $reason }）。カードを保存すると置き換えられます。
crm-rating-kept = カードに反映しました。カードを保存すると保存されます。
crm-rating-set-failed = カードが値を受け付けませんでした: { $reason }
## Task workload (TASK_USER_LIST_TOOLBAR, TASK_GROUP_LIST_TOOLBAR, TASK_ROBOT_DESIGNER_TOOLBAR)
workload-title = 作業負荷: { $name }
workload-title-visible = 閲覧できるタスクの作業負荷
workload-tasks-total = リスト内のタスク: { $total }
workload-progress = 読み込んだタスク: { $loaded } / { $total }
workload-stop = 読み込みを停止
workload-stopped = 読み込みを停止しました
workload-partial = このレポートはこれまでに読み込んだタスクのみを対象としています: { $loaded } / { $total }。
workload-load-again = 再読み込み
workload-open-tasks = 未完了のタスク
workload-due-this-week = 今週が期限
workload-no-deadline = 期限なし
workload-by-status = ステータス別のタスク
workload-per-person = 担当者別の未完了タスク
workload-person-load = { $open }（期限切れ: { $overdue }）
workload-other-status = その他のステータス
workload-open-list = タスク一覧を開く
workload-empty = このリストにはタスクがありません。

## Workgroup card (SONET_GROUP_DETAIL_TAB, SONET_GROUP_TOOLBAR, SONET_GROUP_ROBOT_DESIGNER_TOOLBAR)
group-kind-workgroup = ワークグループ
group-open-to-join = 参加自由
group-members = メンバー
group-role-owner = オーナー
group-role-moderator = モデレーター
group-role-member = メンバー
group-deadlines = 近づいている期限
group-no-deadlines = このグループの未完了タスクには期限がありません。
group-open-page = グループを開く
group-no-group-title = グループがありません
group-no-group-text = ポータルはグループを指定しないページでこのボタンを開いたため、表示するグループカードがありません。

## Employee card (USER_PROFILE_TOOLBAR, USER_PROFILE_MENU)
profile-department = 部署
profile-manager = 上長
profile-work-phone = 勤務先電話
profile-mobile = 携帯電話
profile-extension = 内線
profile-online = オンライン
profile-dismissed = 退職済み
profile-message = メッセージを送る
profile-call = 通話
profile-open-profile = プロフィールを開く
profile-open-deals = 進行中の取引: { $count }
profile-open-tasks = 未完了のタスク: { $count }
profile-no-deals = 進行中の取引はありません。
profile-no-tasks = 未完了のタスクはありません。
profile-messenger-failed = ここからはメッセンジャーを開けません。

## App links (REST_APP_URI)
link-unknown-title = このリンクはアプリで開けるものを指していません
link-unknown-text = アプリが開けるのは、パラメーターで CRM の項目（entityTypeId と id、または deal、lead、contact、company、quote、invoice）、タスク（task）、従業員（user）を指定したリンクです。このリンクで届いた内容:
link-no-params = このリンクにはパラメーターがありません。

## Calendar view (CALENDAR_GRIDVIEW)
calendar-range = { $from } – { $to }
calendar-events-count = この期間の予定: { $count }
calendar-previous = 前の期間
calendar-next = 次の期間
calendar-add = 新しい予定
calendar-all-day = 終日
calendar-edit = 編集
calendar-delete = 削除
calendar-edit-event = 「{ $name }」を編集
calendar-delete-event = 「{ $name }」を削除
calendar-no-events = 予定なし
calendar-not-found = カレンダーでこの予定が見つかりませんでした。表示を更新してもう一度お試しください。

## Sites
landing-site-settings = サイト設定
landing-page = ページ：{ $page }
landing-site-title = サイトのタイトル
landing-site-description = 説明
landing-save = 保存
landing-site-saved = サイト設定を保存しました。
landing-title-required = サイトのタイトルを入力してください。
landing-refused = ポータルが拒否しました：{ $reason }
landing-unknown = ポータルから時間内に確認がありませんでした。変更は保存された可能性があります。再度保存する前にページを再読み込みしてください。
landing-block-settings = ブロックのテキスト
landing-block-hint = 変更するテキストを入力してください。空欄はエディター上の内容のまま残ります。
landing-no-text-nodes = このブロックにはここで変更できるテキストがありません。
landing-nothing-to-save = 少なくとも 1 つのテキストを入力してください。
landing-block-saved = ブロックを更新し、エディターで再読み込みしました。
landing-block-saved-no-refresh = ブロックは更新されましたが、エディターが再読み込みしませんでした：{ $reason }
## CRM work
crm-todo-title = 新しいToDo
crm-todo-for = { $title } 向け
crm-todo-heading = 「{ $title }」の新しいToDo
crm-todo-text = やること
crm-todo-text-placeholder = 例：見積もりについて折り返し電話する
crm-todo-deadline = 期限
crm-todo-due = 期限
crm-todo-due-today = 今日 18:00
crm-todo-due-tomorrow = 明日 10:00
crm-todo-due-three-days = 3日後
crm-todo-due-week = 1週間後
crm-todo-responsible = 担当者
crm-todo-me = あなた
crm-todo-choose-user = 選択
crm-todo-create = ToDoを作成
crm-todo-create-again = それでも作成
crm-todo-cancel = キャンセル
crm-todo-saving = ToDoを作成しています…
crm-todo-created = ToDoを作成しました：{ $text }
crm-todo-failed-title = ToDoは作成されませんでした
crm-todo-failed = ToDoは作成されませんでした：{ $reason }
crm-todo-unknown-title = 確認できません
crm-todo-unknown = ポータルからToDoの確認がないため、すでに作成されている可能性があります。もう一度作成する前に未完了のToDoを確認してください。
crm-todo-open = 未完了のToDo：{ $count }
crm-todo-open-none = 未完了のToDoはまだありません。
crm-todo-empty-text = やることを入力してください。
crm-todo-bad-deadline = 日時を選択してください。
crm-todo-driver-loading = フォームを準備しています…
crm-todo-driver-ready = フォームを表示しました。
crm-todo-load-failed = 要素を読み込めませんでした：{ $reason }
crm-todo-layout-refused = ポータルがフォームを表示できませんでした。
crm-record-paid = 支払済み
crm-record-unpaid = 未払い
crm-record-canceled = キャンセル済み
crm-record-status = ステータス：{ $code }
crm-record-done = 完了
crm-record-open = 未完了
crm-record-incoming = 着信
crm-record-outgoing = 発信
crm-record-meeting = ミーティング
crm-record-call = 通話
crm-record-task = タスク
crm-record-email = メール
crm-record-todo = ToDo
crm-record-billed = 発行日
crm-record-pay-before = 支払期限
crm-record-starts = 開始
crm-record-order-title = 注文 { $number }
crm-record-belongs-to = 関連先
crm-record-items = 品目
crm-record-line = { $quantity } × { $price }
crm-search-running = 検索しています…
crm-search-found = フォームに送信した候補：{ $count }
crm-search-failed = 検索に失敗しました：{ $reason }
crm-search-picked = 選んだ候補をフォームに入力しました。
crm-search-unknown-pick = 選んだ候補はこのアプリのものではありません。
crm-doc-title = 見積書
crm-doc-number = 番号 { $number }
crm-doc-issued = 発行日
crm-doc-subject = 件名
crm-doc-client = 顧客
crm-doc-stage = ステージ
crm-doc-prepared-by = 作成者
crm-doc-note = この見積もりは上記の日付から14日間有効です。
crm-doc-print = 印刷
crm-doc-download = ダウンロード
crm-doc-downloaded = { $file } として保存しました。
crm-doc-download-failed = ファイルを保存できませんでした。
crm-doc-print-failed = ブラウザーでこのページを印刷できませんでした。
crm-record-mark-done = 完了にする
crm-record-done-failed = 完了にできませんでした：{ $reason }
crm-record-done-unknown = ポータルから変更の確認がありません。カードを読み直しました。再試行する前に確認してください。
crm-robot-title = ロボットの設定
crm-robot-hint = 変更はすぐにロボットのフォームに反映されます。保持するにはロボットを保存してください。
crm-robot-sent = ロボットのフォームに送信しました：{ $name }
crm-robot-required = この項目を入力してください。
crm-robot-not-integer = 整数を入力してください。
crm-robot-not-number = 数値を入力してください。
crm-robot-not-date = 日付を入力してください。
crm-robot-not-option = 選択肢から選んでください。
crm-robot-no-properties = このロボットには設定がありません。
crm-robot-one-per-line = 1行に1つの値。
