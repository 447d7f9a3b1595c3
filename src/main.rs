//! Entry point of the browser build: mounts the app on `#app`.

fn main() {
    dangjian_ziping::start();
}
