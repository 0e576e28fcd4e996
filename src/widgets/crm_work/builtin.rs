//! `CRM_*_DETAIL_ACTIVITY` with `useBuiltInInterface=Y`: the frame is invisible and the portal draws
//! the form from the `LayoutDto` this driver sends (`setLayout`), reporting edits and button presses
//! back through repeating callbacks (`bindValueChangeCallback`, `bindPrimaryButtonClickCallback`,
//! `bindSecondaryButtonClickCallback`, `bindEntityUpdateCallback`); the driver keeps the buttons'
//! state (`setPrimaryButtonState`), shows outcomes in the form (`setLayoutItemState`), locks the form
//! while it writes (`lock` / `unlock`) and ends with `reloadData` + `finish` (placements.md §4).
//!
//! Every state reaches the user through the portal-drawn form, never through this frame: a failed
//! load draws an error with a retry button; a create whose outcome is unknown says so, re-reads the
//! open to-dos and waits for the user to press again.

use super::local_today;
use crate::context::use_app;
use crate::i18n::{msg, Locale, Msg};
use bx24::EventSubscription;
use domain::crm_work::layout::{
    self, block, ButtonDto, ButtonState, FormTexts, StatusTone, ValueChange,
};
use domain::crm_work::todo::{self, DueChoice, TodoAdded, TodoContext, TodoDraft, TodoRequest};
use domain::write::WriteFailure;
use leptos::prelude::*;
use placement::CrmRef;
use serde::Serialize;
use serde_json::{json, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// The hidden driver: renders only a status line for assistive technology.
#[component]
pub fn BuiltInTodo(
    /// The element of the card.
    target: CrmRef,
) -> impl IntoView {
    let ctx = use_app();
    let locale = ctx.with_value(|c| c.locale);
    let status = RwSignal::new(Msg::CrmTodoDriverLoading.text(locale).to_owned());
    let (bx24, rest) = ctx.with_value(|c| (c.bx24.clone(), c.rest.clone()));
    let driver = Rc::new(Driver {
        bx24,
        rest,
        target,
        locale,
        status,
        state: RefCell::new(State::default()),
        subscriptions: RefCell::new(Vec::new()),
    });
    driver.start();
    // Dropped with the widget: the subscriptions stop delivering.
    let _keep = StoredValue::new_local(driver);
    view! {
        <p class="b-sr-only" role="status" data-widget="crm-todo-builtin">{move || status.try_get().unwrap_or_default()}</p>
    }
}

/// What the form holds and where the driver stands.
#[derive(Debug, Default)]
struct State {
    /// The text field's value.
    text: String,
    /// The due menu's value.
    due: Option<DueChoice>,
    /// A write is on its way: presses are ignored.
    busy: bool,
    /// The last load failed: the primary button retries it.
    load_failed: bool,
    /// What was loaded.
    context: Option<TodoContext>,
    /// The form is gone (`finish` sent).
    finished: bool,
}

struct Driver {
    /// Kept here, not read from the context: the driver's futures can outlive the widget.
    bx24: bx24::Bx24,
    rest: crate::context::RestClient,
    target: CrmRef,
    locale: Locale,
    status: RwSignal<String>,
    state: RefCell<State>,
    subscriptions: RefCell<Vec<EventSubscription>>,
}

/// `setLayout`'s answer: `{result: 'success'}` or `{result: 'error', errors}`.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
struct CommandAnswer {
    #[serde(deserialize_with = "rest::de::text")]
    result: Option<String>,
}

impl Driver {
    fn bx24(&self) -> bx24::Bx24 {
        self.bx24.clone()
    }

    fn due(&self) -> DueChoice {
        self.state.borrow().due.unwrap_or(DueChoice::Tomorrow)
    }

    /// Registers the callbacks, then loads and draws the form.
    fn start(self: &Rc<Self>) {
        let bx24 = self.bx24();
        let placement = bx24.placement();
        let mut subscriptions = Vec::new();
        let me = Rc::downgrade(self);
        let on_change = move |value: Value| {
            if let Some(me) = me.upgrade() {
                me.value_changed(serde_json::from_value(value).unwrap_or_default());
            }
        };
        let me = Rc::downgrade(self);
        let on_primary = move |_| {
            if let Some(me) = me.upgrade() {
                me.primary_pressed();
            }
        };
        let me = Rc::downgrade(self);
        let on_secondary = move |_| {
            if let Some(me) = me.upgrade() {
                me.finish();
            }
        };
        let me = Rc::downgrade(self);
        let on_entity_update = move |_| {
            if let Some(me) = me.upgrade() {
                leptos::task::spawn_local(me.load(false));
            }
        };
        for (command, handler) in [
            (
                "bindValueChangeCallback",
                Box::new(on_change) as Box<dyn FnMut(Value)>,
            ),
            ("bindPrimaryButtonClickCallback", Box::new(on_primary)),
            ("bindSecondaryButtonClickCallback", Box::new(on_secondary)),
            ("bindEntityUpdateCallback", Box::new(on_entity_update)),
        ] {
            match placement.bind_callback(command, &Value::Null, handler) {
                Ok(subscription) => subscriptions.push(subscription),
                Err(error) => self.status.set(error.to_string()),
            }
        }
        *self.subscriptions.borrow_mut() = subscriptions;
        leptos::task::spawn_local(self.clone().load(true));
    }

    fn texts(&self, context: &TodoContext) -> FormTexts {
        let l = self.locale;
        FormTexts {
            heading: msg::crm_todo_heading(l, &context.title),
            text_title: Msg::CrmTodoText.text(l).to_owned(),
            text_placeholder: Msg::CrmTodoTextPlaceholder.text(l).to_owned(),
            due_title: Msg::CrmTodoDue.text(l).to_owned(),
            due_labels: [
                Msg::CrmTodoDueToday.text(l).to_owned(),
                Msg::CrmTodoDueTomorrow.text(l).to_owned(),
                Msg::CrmTodoDueThreeDays.text(l).to_owned(),
                Msg::CrmTodoDueWeek.text(l).to_owned(),
            ],
            open_line: open_line(l, context.open_total),
            create: Msg::CrmTodoCreate.text(l).to_owned(),
            cancel: Msg::CrmTodoCancel.text(l).to_owned(),
        }
    }

    /// Loads the element (one batch) and draws the form (`initial`), or only updates its heading
    /// (after the card saved the element).
    async fn load(self: Rc<Self>, initial: bool) {
        let client = self.rest.clone();
        let (batch, commands) = todo::plan(self.target);
        let loaded = match client.batch(batch).await {
            Ok(results) => commands.read(self.target, &results),
            Err(error) => Err(error.into()),
        };
        let l = self.locale;
        match loaded {
            Ok(context) => {
                let texts = self.texts(&context);
                let redraw = initial || self.state.borrow().load_failed;
                {
                    let mut state = self.state.borrow_mut();
                    state.load_failed = false;
                    state.context = Some(context);
                }
                if redraw {
                    let text = self.state.borrow().text.clone();
                    let form = layout::todo_form(&texts, &text, self.due());
                    self.draw(&form).await;
                } else {
                    self.send_state(
                        "setLayoutItemState",
                        &layout::text_state(block::HEAD, texts.heading),
                    );
                    self.send_state(
                        "setLayoutItemState",
                        &layout::text_state(block::OPEN, texts.open_line),
                    );
                }
                self.status
                    .try_set(Msg::CrmTodoDriverReady.text(l).to_owned());
            }
            Err(error) => {
                self.state.borrow_mut().load_failed = true;
                let reason = msg::crm_todo_load_failed(l, error.to_string());
                self.status.try_set(reason.clone());
                self.draw(&error_layout(l, reason)).await;
            }
        }
    }

    /// `setLayout`; a refusal goes to the status line (nothing else can show it).
    async fn draw(&self, form: &layout::LayoutDto) {
        let Ok(form) = serde_json::to_value(form) else {
            return;
        };
        let answer = self.bx24().placement().call("setLayout", &form).await;
        let refused = match answer {
            Ok(answer) => {
                serde_json::from_value::<CommandAnswer>(answer)
                    .unwrap_or_default()
                    .result
                    .as_deref()
                    == Some("error")
            }
            Err(_) => true,
        };
        if refused {
            self.status
                .try_set(Msg::CrmTodoLayoutRefused.text(self.locale).to_owned());
        }
    }

    /// A command whose answer carries nothing the driver needs (`setLayoutItemState`,
    /// `set*ButtonState`, `reloadData`): sent with a callback, not awaited.
    fn send_state(&self, command: &'static str, params: &impl Serialize) {
        let Ok(params) = serde_json::to_value(params) else {
            return;
        };
        let bx24 = self.bx24();
        leptos::task::spawn_local(async move {
            let _ = bx24.placement().call(command, &params).await;
        });
    }

    fn value_changed(&self, change: ValueChange) {
        let value = change.value.unwrap_or_default();
        match change.id.as_deref() {
            Some(block::TEXT) => {
                let state = layout::primary_state(&value);
                self.state.borrow_mut().text = value;
                if !self.state.borrow().busy {
                    self.send_state("setPrimaryButtonState", &ButtonDto { title: None, state });
                }
            }
            Some(block::DUE) => {
                if let Some(due) = DueChoice::from_code(&value) {
                    self.state.borrow_mut().due = Some(due);
                }
            }
            _ => {}
        }
    }

    fn primary_pressed(self: &Rc<Self>) {
        let (busy, load_failed, finished) = {
            let s = self.state.borrow();
            (s.busy, s.load_failed, s.finished)
        };
        if busy || finished {
            return;
        }
        if load_failed {
            leptos::task::spawn_local(self.clone().load(true));
            return;
        }
        let draft = TodoDraft {
            description: self.state.borrow().text.clone(),
            deadline: self.due().deadline(local_today()).input_value(),
            responsible: None,
        };
        match draft.validate(self.target) {
            Ok(request) => {
                self.state.borrow_mut().busy = true;
                leptos::task::spawn_local(self.clone().create(request));
            }
            Err(_) => self.send_state(
                "setLayoutItemState",
                &layout::status_state(
                    Msg::CrmTodoEmptyText.text(self.locale).to_owned(),
                    StatusTone::Danger,
                ),
            ),
        }
    }

    /// Creates the to-do once; never again by itself.
    async fn create(self: Rc<Self>, request: TodoRequest) {
        let l = self.locale;
        let bx24 = self.bx24();
        let placement = bx24.placement();
        let _ = placement.send("lock", &Value::Null);
        self.status.try_set(Msg::CrmTodoSaving.text(l).to_owned());
        let client = self.rest.clone();
        let answer = client
            .call::<TodoAdded>(TodoRequest::METHOD, request.params())
            .await;
        let _ = placement.send("unlock", &Value::Null);
        self.state.borrow_mut().busy = false;
        match answer {
            Ok(_) => {
                self.status
                    .try_set(msg::crm_todo_created(l, &request.description));
                // The timeline shows the new to-do; then the form closes.
                let _ = placement.call("reloadData", &json!({})).await;
                self.finish();
            }
            Err(error) => match WriteFailure::classify(error) {
                WriteFailure::Refused(error) => {
                    let text = msg::crm_todo_failed(l, error.to_string());
                    self.status.try_set(text.clone());
                    self.send_state(
                        "setLayoutItemState",
                        &layout::status_state(text, StatusTone::Danger),
                    );
                }
                WriteFailure::Unknown(_) => {
                    let text = Msg::CrmTodoUnknown.text(l).to_owned();
                    self.status.try_set(text.clone());
                    self.send_state(
                        "setLayoutItemState",
                        &layout::status_state(text, StatusTone::Warning),
                    );
                    self.send_state(
                        "setPrimaryButtonState",
                        &ButtonDto {
                            title: Some(Msg::CrmTodoCreateAgain.text(l).to_owned()),
                            state: ButtonState::Normal,
                        },
                    );
                    self.recheck().await;
                }
            },
        }
    }

    /// Re-reads the open to-dos into the form's count line.
    async fn recheck(&self) {
        let client = self.rest.clone();
        let (batch, todos) = todo::recheck_plan(self.target);
        if let Ok(results) = client.batch(batch).await {
            if let Ok(rows) = todos.read(&results) {
                let total = todos.total(&results).unwrap_or(rows.0.len() as u64);
                self.send_state(
                    "setLayoutItemState",
                    &layout::text_state(block::OPEN, open_line(self.locale, total)),
                );
            }
        }
    }

    fn finish(&self) {
        self.state.borrow_mut().finished = true;
        let _ = self.bx24().placement().send("finish", &Value::Null);
    }
}

/// "Open to-dos: N", or nothing when there are none.
fn open_line(locale: Locale, total: u64) -> String {
    if total == 0 {
        String::new()
    } else {
        msg::crm_todo_open(locale, total)
    }
}

/// What the portal draws when the element could not be loaded: the reason and a retry button.
fn error_layout(locale: Locale, reason: String) -> layout::LayoutDto {
    let mut form = layout::todo_form(&FormTexts::default(), "", DueChoice::Tomorrow);
    form.blocks = layout::Blocks(vec![(
        block::STATUS.to_owned(),
        layout::BlockDto {
            kind: layout::BlockKind::Text,
            visible: None,
            properties: layout::Properties {
                value: Some(reason),
                color: Some("danger"),
                multiline: Some(true),
                ..Default::default()
            },
        },
    )]);
    form.primary_button = Some(ButtonDto {
        title: Some(Msg::Retry.text(locale).to_owned()),
        state: ButtonState::Normal,
    });
    form.secondary_button = Some(ButtonDto {
        title: Some(Msg::CrmTodoCancel.text(locale).to_owned()),
        state: ButtonState::Normal,
    });
    form
}
