//! The Flightlens page: mounts the app onto `<body>`.

fn main() {
    console_error_panic_hook::set_once();
    // The same module also runs in the file reader's worker, which has no
    // page to mount on (see src/worker.rs).
    if web_sys::window().is_none() {
        return;
    }
    leptos::mount::mount_to_body(flightlens::App);
}
