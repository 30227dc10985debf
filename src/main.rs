//! The Flightlens page: mounts the app onto `<body>`.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(flightlens::App);
}
