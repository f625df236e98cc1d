//! The app: the library's interface, with its pages in wasm chunks ([`chunks`]).

mod chunks;

fn main() {
    vth_competenties::ui::mount(chunks::CHUNKS);
}
