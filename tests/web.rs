//! Component tests: the app mounted in a real browser (headless Chromium via
//! wasm-bindgen-test-runner and chromedriver).
#![cfg(target_arch = "wasm32")]

use flightlens::App;
use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos::task::tick;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn mount() -> web_sys::Element {
    let doc = document();
    let wrapper = doc.create_element("section").unwrap();
    doc.body().unwrap().append_child(&wrapper).unwrap();
    let handle = mount_to(wrapper.clone().unchecked_into(), App);
    std::mem::forget(handle); // keep the app alive for the test
    wrapper
}

/// Lets the app's effects run to the end (an effect may set a signal that
/// schedules another round).
async fn settle() {
    for _ in 0..5 {
        tick().await;
    }
}

fn button(root: &web_sys::Element, name: &str) -> web_sys::HtmlElement {
    let all = root.query_selector_all("button").unwrap();
    (0..all.length())
        .filter_map(|i| all.item(i))
        .find(|b| b.text_content().as_deref() == Some(name))
        .unwrap_or_else(|| panic!("no button {name:?}"))
        .unchecked_into()
}

#[wasm_bindgen_test]
async fn mounts_with_the_named_controls_and_no_data() {
    let root = mount();
    settle().await;
    for id in ["flight-data", "article-text", "published"] {
        let label = root.query_selector(&format!("label[for={id}]")).unwrap();
        assert!(label.is_some(), "label for {id}");
    }
    let map = root
        .query_selector("svg[aria-label='Route map']")
        .unwrap()
        .expect("map");
    assert_eq!(
        map.query_selector_all("path.track-line").unwrap().length(),
        0
    );
    assert!(root.query_selector("[role=alert]").unwrap().is_some());
    button(&root, "Load demo");
    button(&root, "Export analysis (JSON)");
}

#[wasm_bindgen_test]
async fn load_demo_then_clear() {
    let root = mount();
    button(&root, "Load demo").click();
    settle().await;
    let map = root
        .query_selector("svg[aria-label='Route map']")
        .unwrap()
        .unwrap();
    assert_eq!(
        map.query_selector_all("path.track-line").unwrap().length(),
        2
    );
    let rows = root.query_selector_all("table tbody tr").unwrap();
    assert!(rows.length() >= 2);
    let article: web_sys::HtmlTextAreaElement = root
        .query_selector("#article-text")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert!(article.value().starts_with("SYNTHETIC DEMO ARTICLE"));

    button(&root, "Clear").click();
    settle().await;
    assert_eq!(
        map.query_selector_all("path.track-line").unwrap().length(),
        0
    );
    assert_eq!(article.value(), "");
}
