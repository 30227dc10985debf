//! The Flightlens page: mounts the app onto `<body>`.

fn main() {
    console_error_panic_hook::set_once();
    // The same module also runs in the file reader's worker, which has no
    // page to mount on (see src/read/).
    if web_sys::window().is_none() {
        return;
    }
    // The airport table and basemap, fetched beside the module.
    flightlens::assets::start();
    // Loaded by js/embed.js: the host page mounts analyses where it wants them.
    let embedded = js_sys::Reflect::get(&js_sys::global(), &"flightlensEmbed".into())
        .is_ok_and(|v| v.is_truthy());
    if embedded {
        return;
    }
    leptos::mount::mount_to_body(flightlens::App);
}
