fn main() {
    vth_competenties::ui::mount();
}
